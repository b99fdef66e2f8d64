import SovScanModel

/// A first-party npm application whose build bundles its user interface (issue 15): a bundler says so (a
/// configuration file such as `vite.config.js`, `svelte.config.js` or `angular.json`, at the project's top or in
/// its `config` folder, else a bundler among its dependencies), the project is no library (see `isLibrary`), and
/// files of its user-interface folders (`src`, `app`, `pages`, ...) import some of its development dependencies.
/// Those ship inside the bundle the application serves, whatever `devDependencies` says: Uptime Kuma declares Vue,
/// Bootstrap and Chart.js there, and Vite bundles them into the pages its server sends.
///
/// Only files of the user-interface folders count, less test files and stories (`ProjectSources.isTestFile`),
/// configuration files (`*.config.*`, `*.conf.*`, test set-ups) and type declarations (`*.d.ts`): what the
/// project's `config`, `scripts` or `server` folders import is no part of the bundle. The folders are read within
/// `ProjectSources`' bounds; when a bound is reached nothing is decided, since an unread file could import anything.
struct BundledFrontEnd {
    /// What says the project is bundled: `vite config config/vite.config.js`, `bundler webpack (declared in
    /// package.json)`.
    let bundler: String
    /// The development dependencies that user-interface files import, each with the first file (relative to the
    /// scanned root, in path order) that imports it.
    let imports: [String: String]

    /// The folders, at a project's top, that hold the source of a bundled user interface.
    static let interfaceFolders = ["src", "app", "pages", "components", "layouts", "views", "client", "frontend", "ui"]

    /// The configuration files of bundlers and of the frameworks that bundle with one, each with the tool it names:
    /// a file is named so, or so followed by an extension (`vite.config.mts`, `quasar.conf.js`).
    static let configurationNames: [String: String] = [
        "vite.config": "vite", "webpack.config": "webpack", "rollup.config": "rollup", "esbuild.config": "esbuild",
        "next.config": "next", "nuxt.config": "nuxt", "svelte.config": "svelte-kit", "vue.config": "vue-cli",
        "quasar.config": "quasar", "quasar.conf": "quasar", "astro.config": "astro", "remix.config": "remix",
        "gatsby-config": "gatsby", "craco.config": "craco", "rsbuild.config": "rsbuild", "rspack.config": "rspack",
        "angular.json": "angular", ".parcelrc": "parcel",
    ]

    /// Packages that bundle an application's source, or run a bundler for it (`react-scripts`, the Angular CLI's
    /// builder).
    static let bundlers: Set<String> = [
        "vite", "webpack", "rollup", "esbuild", "parcel", "@parcel/core", "next", "nuxt", "@sveltejs/kit",
        "@angular-devkit/build-angular", "@angular/build", "react-scripts", "@vue/cli-service", "@quasar/app-vite",
        "@quasar/app-webpack", "gatsby", "astro", "@remix-run/dev", "@react-router/dev", "@rsbuild/core", "@rspack/core",
        "@craco/craco",
    ]

    /// Words of a project's folder or name that mark it as tests, documentation or a component workshop rather than
    /// the application the system ships (`apps/mgo-e2e`, `packages/storybook`, `packages/docusaurus`): what its
    /// bundle holds is not delivered with the system.
    static let toolingProjectWords: Set<String> = [
        "e2e", "test", "tests", "testing", "docs", "documentation", "docusaurus", "storybook", "styleguide",
        "example", "examples", "demo", "demos", "playground",
    ]

    /// Folders inside a user-interface folder whose files only serve tests, mocks or stories (besides those that
    /// `ProjectSources.isTestFile` knows): `src/mocks/handlers.ts` (Mock Service Worker), fixtures, test helpers.
    static let supportFolders: Set<String> = [
        "mocks", "mock", "fixtures", "__fixtures__", "test-utils", "testing", "stories", "storybook",
    ]

    /// The build tools among the bundlers, and the compiler they run: a bundled package's graph never enters them
    /// (a framework's peer dependency on Vite or TypeScript builds the bundle and is not in it). Frameworks that
    /// bundle and also run in the application (Next.js, Nuxt, SvelteKit, Gatsby, Astro) are entered.
    static let buildTools: Set<String> = bundlers.subtracting(["next", "nuxt", "@sveltejs/kit", "gatsby", "astro"])
        .union(["typescript"])

    /// The bundled front end of the project whose `package.json` is `manifest` in `folder` (relative to the scanned
    /// root); `nil` when the project is a library, has no bundler, imports none of its development dependencies
    /// from its user-interface folders, or a folder exceeds `ProjectSources`' bounds.
    static func find(manifest: PackageJSON, folder: String, context: CatalogContext) -> BundledFrontEnd? {
        let shipping = Set(manifest.dependencies.filter { $0.kind != .dev }.map(\.name))
        let development = Set(manifest.dependencies.filter { $0.kind == .dev }.map(\.name)).subtracting(shipping)
        guard !development.isEmpty, !isLibrary(manifest), !isToolingProject(manifest, folder: folder),
              let bundler = bundler(of: manifest, folder: folder, context: context)
        else { return nil }
        var imports: [String: String] = [:]
        for name in interfaceFolders {
            let path = NPMPath.join(folder, name)
            guard context.files.isFolder(context.absolutePath(path)) else { continue }
            guard let sources = ProjectSources.read(folder: path, context: context) else { return nil }
            for file in sources.specifiers.keys.sorted() where !sources.isTestFile(file) && !isToolingFile(file) {
                for package in sources.packages(importedBy: file) where development.contains(package) && imports[package] == nil {
                    imports[package] = file
                }
            }
        }
        return imports.isEmpty ? nil : BundledFrontEnd(bundler: bundler, imports: imports)
    }

    /// Whether a project's folder (its last segment) or its name marks it as tests, documentation or a component
    /// workshop (`toolingProjectWords`, as words separated by `-`, `_`, `.`, `/` or `@`).
    static func isToolingProject(_ manifest: PackageJSON, folder: String) -> Bool {
        let names = [NPMPath.lastSegment(folder), manifest.name ?? ""]
        return names.contains { name in
            name.lowercased().split { "-_./@".contains($0) }.contains { toolingProjectWords.contains(String($0)) }
        }
    }

    /// Whether a project is a library that others install rather than an application: it declares peer
    /// dependencies (a component library declares its framework as a peer and, to build and test, as a development
    /// dependency: the NL Design System's React components), or it is published (not `private`) with an entry
    /// point for those who install it (`main`, `module`, `exports`, `types`, `typings`) or a `files` list. Its users'
    /// bundles take what it imports from their own dependencies.
    static func isLibrary(_ manifest: PackageJSON) -> Bool {
        manifest.dependencies.contains { $0.kind == .peer } || (!manifest.isPrivate && manifest.declaresEntryPoints)
    }

    /// The evidence that a bundler builds the project: its configuration file at the project's top or in its
    /// `config` folder (`vite config config/vite.config.js`), else a bundler it depends on.
    static func bundler(of manifest: PackageJSON, folder: String, context: CatalogContext) -> String? {
        for place in [folder, NPMPath.join(folder, "config")] {
            for name in context.files.contents(ofFolder: context.absolutePath(place)) {
                guard let (_, tool) = configurationNames.first(where: { name == $0.key || name.hasPrefix($0.key + ".") })
                else { continue }
                return "\(tool) config \(NPMPath.join(place, name))"
            }
        }
        let declared = manifest.dependencies.map(\.name).filter(bundlers.contains).sorted()
        return declared.first.map { "bundler \($0) (declared in \(manifest.file))" }
    }

    /// Whether a file of a user-interface folder configures or types the build, or only serves tests and stories,
    /// rather than being part of the bundle: a file in a support folder (`supportFolders`), a test helper, fixture or
    /// mock (`test-utils.ts`, `*.fixture.ts`, `*.mock.ts`), a configuration file (`*.config.*`, `*.conf.*`), a
    /// test or story set-up (`setupTests.ts`, `*.setup.ts`), a Histoire story (`*.story.vue`;
    /// `ProjectSources.isTestFile` knows Storybook's `*.stories.*`) or a type declaration (`*.d.ts`).
    static func isToolingFile(_ path: String) -> Bool {
        let segments = path.lowercased().split(separator: "/")
        if segments.dropLast().contains(where: { supportFolders.contains(String($0)) }) { return true }
        let name = String(segments.last ?? "")
        return name.hasPrefix("test-utils.") || name.hasPrefix("testutils.") || name.contains(".fixture.")
            || name.contains(".mock.") || name.contains(".config.") || name.contains(".conf.") || name.contains(".setup.") || name.contains(".story.")
            || name.hasPrefix("setuptests.") || name.hasPrefix("setup-tests.") || name.hasPrefix("test-setup.")
            || name.hasSuffix(".d.ts") || name.hasSuffix(".d.mts") || name.hasSuffix(".d.cts")
    }
}
