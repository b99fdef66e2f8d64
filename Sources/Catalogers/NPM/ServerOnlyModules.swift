/// Source files that full-stack JavaScript frameworks run only on the server, by the names the frameworks give them
/// (issue 15: a dependency only such modules import is the server's, even in a folder whose other files are the user
/// interface's):
/// - Remix and React Router: a module named `*.server.*` or inside a `.server` folder is never bundled for the browser
///   (https://reactrouter.com/explanation/special-files, "server modules"); SvelteKit's `+page.server.ts`,
///   `+layout.server.ts` and `hooks.server.ts` follow the same naming, and its `+server.ts` endpoints and
///   `src/lib/server` folder are server-only (https://svelte.dev/docs/kit/server-only-modules);
/// - Next.js: API routes (`pages/api/**`, also under `src/`), route handlers (`app/**/route.ts`) and modules that
///   import the `server-only` package (https://nextjs.org/docs/app/getting-started/server-and-client-components).
enum ServerOnlyModules {
    /// Whether `file` (relative to the scanned root) of the project in `folder`, which imports `imports`, runs only on
    /// the server by its framework's naming.
    static func isServerOnly(_ file: String, in folder: String, imports: Set<String>) -> Bool {
        if imports.contains("server-only") { return true }
        let inside = folder.isEmpty ? Substring(file) : file.dropFirst(folder.count + 1)
        let segments = inside.split(separator: "/").map(String.init)
        guard let name = segments.last else { return false }
        let folders = segments.dropLast()
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        if name.split(separator: ".").dropFirst().dropLast().contains("server") { return true }  // email.server.ts
        if folders.contains(".server") || stem == "+server" { return true }
        if folders.starts(with: ["src", "lib", "server"]) { return true }
        let pages = folders.first == "src" ? folders.dropFirst() : folders[...]
        if pages.starts(with: ["pages", "api"]) { return true }
        if pages.first == "app" && stem == "route" { return true }
        return false
    }
}
