import SovScanModel

/// A React Router (framework mode) or Remix app built as a single-page app: its `react-router.config` sets
/// `ssr: false`, so `react-router build` writes static files that any web server serves, and no React Router server
/// runs (https://reactrouter.com/how-to/spa), although the template keeps `@react-router/node` and
/// `@react-router/serve` among its dependencies. Such a project is a client app, not the full-stack project those
/// server runtimes beside `react-dom` otherwise make it: it gets `Component.clientAppProperty`, as a Next.js static
/// export does (`NextStaticExport`).
enum ReactRouterSPAMode {
    /// The names of React Router's configuration file.
    static let configurationNames = ["react-router.config.ts", "react-router.config.js", "react-router.config.mjs",
                                     "react-router.config.mts"]
    /// The packages whose projects have such a configuration.
    static let frameworkPackages: Set<String> = ["@react-router/dev", "@react-router/node", "@react-router/serve"]

    /// The words of the marker when the project in `folder` (relative to the scanned root) declares React Router's
    /// framework packages and its configuration turns server rendering off; else `nil`.
    static func evidence(manifest: PackageJSON, folder: String, context: CatalogContext) -> String? {
        guard manifest.dependencies.contains(where: { frameworkPackages.contains($0.name) }),
              let (name, bytes) = ProjectConfigurationFile.first(of: configurationNames, in: folder, context: context)
        else { return nil }
        // A comment (`// ssr: false,` left out) sets nothing.
        let text = String(decoding: JavaScriptLiterals.withoutComments(bytes), as: UTF8.self)
        return text.range(of: #"(^|[{,\s])ssr\s*:\s*false\b"#, options: .regularExpression) != nil
            ? "React Router single-page app (\(name): ssr false)" : nil
    }
}
