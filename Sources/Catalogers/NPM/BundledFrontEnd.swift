import SovScanModel

/// A first-party npm application whose build bundles its user interface (issue 15): a bundler says so (a
/// configuration file such as `vite.config.js`, `svelte.config.js` or `angular.json`, at the project's top or in
/// its `config` folder, else a bundler among its dependencies), the project is no library (see `isLibrary`), and
/// files of its user-interface folders (`src`, `app`, `pages`, ...) import some of its development dependencies.
/// Those ship inside the bundle the application serves, whatever `devDependencies` says: Uptime Kuma declares Vue,
/// Bootstrap and Chart.js there, and Vite bundles them into the pages its server sends.
///
/// Only files of the user-interface folders count, less test files and stories (`ProjectSources.isTestFile`),
/// configuration files (`*.config.*`, `*.conf.*`, test set-ups), type declarations (`*.d.ts`), and the files that
/// only the build or the tests use (`filesOutsideTheBundle`: React Router's `app/routes.ts`, which its Vite plugin
/// reads while building; a test helper that only tests import): what the project's `config`, `scripts` or `server`
/// folders import is no part of the bundle. The project's sources are read once for this and for
/// `ScriptOnlyDependencies` (`ProjectSourcesCache`), its user-interface folders first; when a bound is reached
/// before those are read nothing is decided, since an unread file could import anything.
struct BundledFrontEnd {
    /// What says the project is bundled: `vite config config/vite.config.js`, `bundler webpack (declared in
    /// package.json)`.
    let bundler: String
    /// The development dependencies that user-interface files import, each with the first file (relative to the
    /// scanned root, in path order) that imports it.
    let imports: [String: String]
    /// The packages the project's bundler configuration files import: its build plugins. One that is also build
    /// tooling by its own role (`BuildToolingPackages`) is a macro package whose imports in the interface the plugin
    /// replaces while building (`vite-env-only`'s `serverOnly$`), so the bundle holds nothing of it
    /// (`BundledShipping`).
    var configurationImports: Set<String> = []
    /// What says the bundle compiles Vue templates in the browser (a full build of Vue 3 with its compiler, chosen
    /// in the configuration or by an import: `vue/dist/vue.esm-bundler.js`, `runtimeCompiler: true`); `nil` when
    /// nothing does, and the bundle holds none of Vue's compilers (`templateCompilers`).
    var browserTemplateCompiler: String?

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

    /// Words of a project's folder or name that mark it as tests, documentation, a component workshop or build
    /// tooling rather than the application the system ships (`apps/mgo-e2e`, `packages/storybook`,
    /// `packages/docusaurus`, `packages/build-utils-react`): what its bundle holds is not delivered with the system.
    static let toolingProjectWords: Set<String> = documentationWords.union([
        "e2e", "test", "tests", "testing", "example", "examples", "demo", "demos", "playground", "build", "tools",
        "tooling",
    ])

    /// The words of `toolingProjectWords` that name documentation or a component workshop; a project whose
    /// `description` starts with one calls itself so ("Documentation website for the Municipality of Utrecht", an
    /// Astro site in `packages/astro`).
    static let documentationWords: Set<String> = ["docs", "documentation", "docusaurus", "storybook", "styleguide"]

    /// Folders inside a user-interface folder whose files only serve tests, mocks or stories (besides those that
    /// `ProjectSources.isTestFile` knows): `src/mocks/handlers.ts` (Mock Service Worker), fixtures, test helpers.
    static let supportFolders: Set<String> = [
        "mocks", "mock", "fixtures", "__fixtures__", "test-utils", "testing", "stories", "storybook",
    ]

    /// The build tools among the bundlers: Vite, webpack, React Router's and Remix's build tools and the like, but
    /// not the frameworks that bundle and also run in the application (Next.js, Nuxt, SvelteKit, Gatsby, Astro). A
    /// file that imports one is read by the build, not bundled (`filesOutsideTheBundle`).
    static let bundlingTools: Set<String> = bundlers.subtracting(["next", "nuxt", "@sveltejs/kit", "gatsby", "astro"])

    /// The build tools and the compilers they run (TypeScript, Babel's core): a bundled package's graph never enters
    /// them (a framework's peer dependency on Vite or TypeScript builds the bundle and is not in it; a Vite plugin's
    /// dependency on Babel compiles the source and is not in the bundle either).
    static let buildTools: Set<String> = bundlingTools.union(["typescript", "@babel/core"])

    /// Vue's template compilers. A browser bundle holds none of them unless it compiles templates in the browser
    /// (`browserTemplateCompiler`): a bundler resolves `vue` to the runtime-only build (the `module` field and the
    /// `import` condition of Vue 3's `package.json` name `dist/vue.runtime.esm-bundler.js`, which imports no
    /// compiler), and the build compiles single-file components ahead with the SFC compiler its plugin loads
    /// (`@vitejs/plugin-vue`, `vue-loader`); Vue 2's full build holds its compiler inside `vue` itself. Vue 3 and
    /// Vue 2.7 declare `@vue/compiler-dom` and `@vue/compiler-sfc` as dependencies all the same.
    static let templateCompilers: Set<String> = [
        "@vue/compiler-core", "@vue/compiler-dom", "@vue/compiler-sfc", "@vue/compiler-ssr", "vue-template-compiler",
    ]

    /// The compilers that a full build of Vue 3 (`vue/dist/vue.esm-bundler.js`) imports to compile templates in the
    /// browser; the SFC and server-rendering compilers never run there.
    static let browserTemplateCompilers: Set<String> = ["@vue/compiler-core", "@vue/compiler-dom"]

    /// Text of a bundler configuration or an import specifier that selects a Vue 3 build with the template compiler
    /// (an alias to `vue/dist/vue.esm-bundler.js`, Vue CLI's `runtimeCompiler: true`).
    static let fullBuildMarks = ["vue/dist/vue.esm-bundler", "vue/dist/vue.esm-browser", "vue/dist/vue.global",
                                 "vue/dist/vue.cjs", "runtimeCompiler: true", "runtimeCompiler:true"]

    /// The frameworks of tests, mocks and stories: test runners, their assertion, mocking and rendering libraries,
    /// and Storybook, with the scopes whose every package is one (`testFrameworkScopes`). A file that imports one
    /// and that only tests and such files import is test code (`filesOutsideTheBundle`).
    static let testFrameworks: Set<String> = [
        "vitest", "jest", "mocha", "chai", "sinon", "jasmine", "@playwright/test", "cypress", "@vue/test-utils",
        "enzyme", "msw", "supertest", "nock",
    ]

    /// The scopes of test and story frameworks (`testFrameworks`): Testing Library, Vitest's and Jest's parts,
    /// Storybook.
    static let testFrameworkScopes = ["@testing-library/", "@vitest/", "@jest/", "@storybook/"]

    /// The bundled front end of the project whose `package.json` is `manifest` in `folder` (relative to the scanned
    /// root); `nil` when the project is a library, has no bundler, imports none of its development dependencies
    /// from its user-interface folders, or a bound of `ProjectSources` was reached before they were read. `sources`
    /// gives the project's source files, asked for only when the project is a bundled application.
    static func find(manifest: PackageJSON, folder: String, context: CatalogContext,
                     sources readSources: () -> ProjectSources?) -> BundledFrontEnd? {
        let shipping = Set(manifest.dependencies.filter { $0.kind != .dev }.map(\.name))
        let development = Set(manifest.dependencies.filter { $0.kind == .dev }.map(\.name)).subtracting(shipping)
        let configurations = configurationFiles(of: folder, context: context)
        guard !development.isEmpty, !isLibrary(manifest), !isToolingProject(manifest, folder: folder),
              let bundler = configurations.first.map({ "\($0.tool) config \($0.path)" }) ?? declaredBundler(of: manifest),
              let sources = readSources()
        else { return nil }
        let outside = filesOutsideTheBundle(in: sources)
        var imports: [String: String] = [:]
        for file in sources.specifiers.keys.sorted() where isInterfaceFile(file, of: sources)
            && !sources.isTestFile(file) && !isToolingFile(file) && !outside.contains(file) {
            for package in sources.packages(importedBy: file) where development.contains(package) && imports[package] == nil {
                imports[package] = file
            }
        }
        guard !imports.isEmpty else { return nil }
        var frontEnd = BundledFrontEnd(bundler: bundler, imports: imports)
        frontEnd.configurationImports = Set(configurations.flatMap { sources.packages(importedBy: $0.path) })
        frontEnd.browserTemplateCompiler = browserTemplateCompiler(configurations: configurations.map(\.path),
                                                                   sources: sources, context: context)
        return frontEnd
    }

    /// What says the bundle compiles Vue templates in the browser (`fullBuildMarks`): a configuration file that
    /// names a full build (`alias: { vue: 'vue/dist/vue.esm-bundler.js' }`) or a source file that imports one.
    static func browserTemplateCompiler(configurations: [String], sources: ProjectSources,
                                        context: CatalogContext) -> String? {
        for path in configurations {
            guard case .success(let bytes) = context.files.read(context.absolutePath(path), reportedAs: path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            if let mark = fullBuildMarks.first(where: text.contains) { return "\(mark) in \(path)" }
        }
        for file in sources.specifiers.keys.sorted() {
            if let specifier = sources.specifiers[file]?.first(where: { specifier in fullBuildMarks.contains(where: specifier.hasPrefix) }) {
                return "\(specifier) imported by \(file)"
            }
        }
        return nil
    }

    /// Whether a file lies in one of the project's user-interface folders (`interfaceFolders`).
    static func isInterfaceFile(_ file: String, of sources: ProjectSources) -> Bool {
        let inside = sources.inside(file)
        guard let slash = inside.firstIndex(of: "/") else { return false }
        return interfaceFolders.contains(String(inside[..<slash]))
    }

    /// The files of a project that only its build, its tests or its tooling use, and so are no part of its bundle:
    /// those that import a bundling tool (`bundlingTools`; React Router's route configuration `app/routes.ts`
    /// imports `@react-router/dev/routes`, and its Vite plugin reads it while building), those that import a test
    /// framework (`testFrameworks`; a helper such as `src/modules/outils/common/utils/UserAction.ts`, which wraps
    /// Testing Library for the tests that import it), the tooling files (`isToolingFile`), and what only they
    /// import, unless a file of the project that is neither a test file nor one of them imports it too
    /// (`BuildTimeFiles`). A route module, a server entry (`app/entry.server.tsx`) or a page runs in the
    /// application and stays in.
    static func filesOutsideTheBundle(in sources: ProjectSources) -> Set<String> {
        let entries = sources.specifiers.keys.sorted().filter { file in
            !sources.isTestFile(file) && (isToolingFile(file) || sources.packages(importedBy: file).contains { package in
                bundlingTools.contains(package) || isTestFramework(package)
            })
        }
        return Set(BuildTimeFiles.find(in: sources, buildEntries: entries.map { ($0, "") }, runtimeEntries: []).keys)
    }

    /// Whether a package is a framework of tests, mocks or stories (`testFrameworks`, `testFrameworkScopes`).
    static func isTestFramework(_ package: String) -> Bool {
        testFrameworks.contains(package) || testFrameworkScopes.contains { package.hasPrefix($0) }
    }

    /// Whether a project's folder (its last segment) or its name marks it as tests, documentation, a component
    /// workshop or build tooling (`toolingProjectWords`, as words separated by any character but a letter or a
    /// digit), or its `description` starts by calling it documentation (`documentationWords`: "Documentation
    /// website for ...").
    static func isToolingProject(_ manifest: PackageJSON, folder: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        if (words(NPMPath.lastSegment(folder)) + words(manifest.name ?? "")).contains(where: toolingProjectWords.contains) {
            return true
        }
        return words(manifest.packageDescription ?? "").first.map(documentationWords.contains) ?? false
    }

    /// Whether a project is a library that others install rather than an application: it declares peer
    /// dependencies (a component library declares its framework as a peer and, to build and test, as a development
    /// dependency: the NL Design System's React components), or it is published (not `private`) with an entry
    /// point for bundlers or type checkers (`module`, `exports`, `types`, `typings`) or a `files` list. Its users'
    /// bundles take what it imports from their own dependencies.
    ///
    /// A `main` alone makes no library: an application names its start file there (Wiki.js 2 names `wiki.js`, a
    /// file it no longer has, and serves the UI webpack bundles from `client/`), and a package that imports a
    /// development dependency without declaring it as a peer has its bundler inline it, so it ships either way.
    static func isLibrary(_ manifest: PackageJSON) -> Bool {
        manifest.dependencies.contains { $0.kind == .peer } || (!manifest.isPrivate && manifest.declaresEntryPoints)
    }

    /// The configuration files of bundlers (`configurationNames`) at the project's top or in its `config` folder, in
    /// that order and by name, each with the tool it names: the first is the evidence that a bundler builds the
    /// project (`vite config config/vite.config.js`).
    static func configurationFiles(of folder: String, context: CatalogContext) -> [(path: String, tool: String)] {
        var found: [(path: String, tool: String)] = []
        for place in [folder, NPMPath.join(folder, "config")] {
            for name in context.files.contents(ofFolder: context.absolutePath(place)) {
                guard let (_, tool) = configurationNames.first(where: { name == $0.key || name.hasPrefix($0.key + ".") })
                else { continue }
                found.append((NPMPath.join(place, name), tool))
            }
        }
        return found
    }

    /// The evidence that a bundler builds a project without a bundler configuration file: a bundler it depends on.
    static func declaredBundler(of manifest: PackageJSON) -> String? {
        let declared = manifest.dependencies.map(\.name).filter(bundlers.contains).sorted()
        return declared.first.map { "bundler \($0) (declared in \(manifest.file))" }
    }

    /// How the names of the files that configure or type the build, or only serve tests and stories, start, hold or
    /// end (in lower case): test helpers, fixtures and mocks (`test-utils.ts`, `*.fixture.ts`, `*.mock.ts`),
    /// configuration files (`*.config.*`, `*.conf.*`), test and story set-ups (`setupTests.ts`, `*.setup.ts`),
    /// Histoire's stories (`*.story.vue`; `ProjectSources.isTestFile` knows Storybook's `*.stories.*`) and type
    /// declarations (`*.d.ts`).
    static let toolingFileNames = (
        prefixes: ["test-utils.", "testutils.", "setuptests.", "setup-tests.", "test-setup."],
        infixes: [".fixture.", ".mock.", ".config.", ".conf.", ".setup.", ".story."],
        suffixes: [".d.ts", ".d.mts", ".d.cts"]
    )

    /// Whether a file of a user-interface folder configures or types the build, or only serves tests and stories,
    /// rather than being part of the bundle: a file in a support folder (`supportFolders`) or one whose name says so
    /// (`toolingFileNames`).
    static func isToolingFile(_ path: String) -> Bool {
        let segments = path.lowercased().split(separator: "/")
        if segments.dropLast().contains(where: { supportFolders.contains(String($0)) }) { return true }
        let name = String(segments.last ?? "")
        return toolingFileNames.prefixes.contains(where: name.hasPrefix) || toolingFileNames.infixes.contains(where: name.contains)
            || toolingFileNames.suffixes.contains(where: name.hasSuffix)
    }
}
