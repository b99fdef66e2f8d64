@testable import Catalogers
import SovScanModel
import Testing

/// Development dependencies that a bundled application's user interface imports ship inside its bundle, and so does
/// what they depend on (issue 15); what only tests, build configuration and development scripts import stays `dev`,
/// and so does the framework of a component library, which its users bundle.
@Suite struct BundledFrontEndTests {
    /// Modelled on Uptime Kuma: one `package.json` for an Express server (`server/`) and a Vue interface (`src/`)
    /// that Vite bundles with `config/vite.config.js`; the interface's packages are development dependencies, and a
    /// package-lock marks their trees `dev`.
    @Test func packageLockInterfaceDependenciesShipWithTheirTrees() throws {
        let result = NPMFixtures.catalog("bundled-vue-app")
        let vue = try #require(result.component("pkg:npm/vue@3.5.13"))
        #expect(vue.scope == .runtime)
        #expect(vue.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by src/App.vue; vite config config/vite.config.js")
        let router = try #require(result.component("pkg:npm/vue-router@4.5.0"))
        #expect(router.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by src/router.js; vite config config/vite.config.js")
        // Their own dependencies, and a peer dependency the bundle imports (Bootstrap's Popper), ship too.
        for purl in ["pkg:npm/%40vue/runtime-dom@3.5.13", "pkg:npm/%40vue/shared@3.5.13", "pkg:npm/csstype@3.1.3",
                     "pkg:npm/%40vue/devtools-api@6.6.4", "pkg:npm/bootstrap@5.3.3", "pkg:npm/%40popperjs/core@2.11.8"] {
            let component = try #require(result.component(purl))
            #expect(component.scope == .runtime, "\(purl)")
            #expect(component.properties[Component.bundledIntoInterfaceProperty] != nil, "\(purl)")
        }
        #expect(result.component("pkg:npm/%40vue/shared@3.5.13")?.properties[Component.bundledIntoInterfaceProperty]
                    == "through vue, imported by src/App.vue; vite config config/vite.config.js")
        #expect(result.component("pkg:npm/%40popperjs/core@2.11.8")?.properties[Component.bundledIntoInterfaceProperty]
                    == "through bootstrap, imported by src/main.js; vite config config/vite.config.js")
        // The declaration keeps what devDependencies says.
        #expect(result.hasEdge("pkg:npm/status-board@2.0.4", "pkg:npm/vue@3.5.13", .dev))
    }

    /// What the build configuration (Vite and its plugin), the tests (Playwright, a component test inside `src`)
    /// and a development script outside the interface (`extra/`) import stays `dev`, with everything only they reach.
    @Test func packageLockToolingStaysDevelopment() {
        let result = NPMFixtures.catalog("bundled-vue-app")
        for purl in ["pkg:npm/vite@5.4.11", "pkg:npm/esbuild@0.21.5", "pkg:npm/postcss@8.4.49", "pkg:npm/nanoid@3.3.8",
                     "pkg:npm/%40vitejs/plugin-vue@5.2.1", "pkg:npm/%40vue/test-utils@2.4.6", "pkg:npm/js-beautify@1.15.1",
                     "pkg:npm/%40playwright/test@1.49.1", "pkg:npm/playwright@1.49.1", "pkg:npm/aedes@0.51.3",
                     "pkg:npm/eslint@9.17.0", "pkg:npm/esquery@1.6.0"] {
            let component = result.component(purl)
            #expect(component?.scope == .dev, "\(purl)")
            #expect(component?.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
        #expect(result.component("pkg:npm/express@4.21.2")?.properties[Component.bundledIntoInterfaceProperty] == nil)
    }

    /// Modelled on OS2mo's SvelteKit interface in `web/` with a yarn lockfile, which says nothing of scopes: the
    /// reach over its graph makes Svelte's tree `dev`, and the interface's imports make it ship; what the
    /// configuration, the code generator's configuration and the Playwright tests import does not.
    @Test func yarnInterfaceDependenciesShipWithTheirTrees() throws {
        let result = NPMFixtures.catalog("bundled-svelte-app")
        let svelte = try #require(result.component("pkg:npm/svelte@5.16.0"))
        #expect(svelte.scope == .runtime)
        #expect(svelte.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by web/src/routes/+page.svelte; svelte-kit config web/svelte.config.js")
        #expect(result.component("pkg:npm/%40sveltejs/kit@2.15.1")?.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by web/src/hooks.server.ts; svelte-kit config web/svelte.config.js")
        for purl in ["pkg:npm/acorn@8.14.0", "pkg:npm/esm-env@1.2.1", "pkg:npm/cookie@0.6.0", "pkg:npm/devalue@5.1.1",
                     "pkg:npm/%40iconify/svelte@4.2.0", "pkg:npm/%40iconify/types@2.0.0"] {
            #expect(result.component(purl)?.scope == .runtime, "\(purl)")
        }
        for purl in ["pkg:npm/vite@6.0.6", "pkg:npm/esbuild@0.24.2", "pkg:npm/%40playwright/test@1.49.1",
                     "pkg:npm/playwright@1.49.1", "pkg:npm/tailwindcss@4.0.0", "pkg:npm/%40graphql-codegen/cli@5.0.3",
                     "pkg:npm/yaml@2.6.1"] {
            #expect(result.component(purl)?.scope == .dev, "\(purl)")
        }
    }

    /// A Vue component library published with entry points (`main`, `module`, `types`; the NL Design System's Vue
    /// components) builds with Vite and imports Vue, which it declares for development only: its users' bundles
    /// take Vue from their own dependencies, so nothing changes.
    @Test func aPublishedLibraryKeepsItsDevelopmentDependencies() {
        let result = NPMFixtures.catalog("component-library-lock")
        for purl in ["pkg:npm/vue@3.5.13", "pkg:npm/%40vue/shared@3.5.13", "pkg:npm/vite@5.4.11"] {
            #expect(result.component(purl)?.scope == .dev, "\(purl)")
        }
        #expect(!result.components.contains { $0.properties[Component.bundledIntoInterfaceProperty] != nil })
    }

    /// A React component package of a pnpm workspace declares React as a peer and for development (the NL Design
    /// System's React components), and rolls up with `rollup.config.mjs`: React stays `dev`.
    @Test func aLibraryWithPeerDependenciesKeepsItsDevelopmentDependencies() {
        let result = NPMFixtures.catalog("component-library-pnpm")
        for purl in ["pkg:npm/react@18.3.1", "pkg:npm/react-dom@18.3.1", "pkg:npm/scheduler@0.23.2",
                     "pkg:npm/rollup@4.29.1", "pkg:npm/%40testing-library/react@16.1.0"] {
            #expect(result.component(purl)?.scope == .dev, "\(purl)")
        }
        #expect(result.component("pkg:npm/clsx@2.1.1")?.scope == .runtime)
        #expect(!result.components.contains { $0.properties[Component.bundledIntoInterfaceProperty] != nil })
    }

    /// A project of end-to-end tests, documentation or stories is no application the system delivers, whatever it
    /// bundles (modelled on a monorepo's `apps/mgo-e2e` and a design system's `packages/storybook`).
    @Test func testDocumentationAndStoryProjectsAreNoDeliveredApplications() {
        var ignored: [Diagnostic] = []
        let manifest = PackageJSON.parse(Array(#"{"name": "@acme/mgo-e2e", "private": true}"#.utf8),
                                         file: "apps/mgo-e2e/package.json", diagnostics: &ignored)
        #expect(manifest.map { BundledFrontEnd.isToolingProject($0, folder: "apps/mgo-e2e") } == true)
        let storybook = PackageJSON.parse(Array(#"{"name": "@utrecht/storybook", "private": true}"#.utf8),
                                          file: "packages/sb/package.json", diagnostics: &ignored)
        #expect(storybook.map { BundledFrontEnd.isToolingProject($0, folder: "packages/sb") } == true)
        let app = PackageJSON.parse(Array(#"{"name": "uptime-kuma"}"#.utf8), file: "package.json", diagnostics: &ignored)
        #expect(app.map { BundledFrontEnd.isToolingProject($0, folder: "") } == false)
    }

    @Test func configurationAndDeclarationFilesAreNoPartOfTheBundle() {
        #expect(BundledFrontEnd.isToolingFile("web/src/vitest.setup.ts"))
        #expect(BundledFrontEnd.isToolingFile("src/env.d.ts"))
        #expect(BundledFrontEnd.isToolingFile("src/tailwind.config.js"))
        #expect(BundledFrontEnd.isToolingFile("src/setupTests.ts"))
        #expect(BundledFrontEnd.isToolingFile("src/components/base/BaseButton.story.vue"))
        #expect(BundledFrontEnd.isToolingFile("GUI/src/mocks/handlers.ts"))
        #expect(BundledFrontEnd.isToolingFile("src/features/advices/fixtures/advices.fixture.ts"))
        #expect(BundledFrontEnd.isToolingFile("src/test-utils.tsx"))
        #expect(!BundledFrontEnd.isToolingFile("src/config.ts"))
        #expect(!BundledFrontEnd.isToolingFile("src/routes/+page.svelte"))
    }

    /// Modelled on a React Router framework application (DigitalService's Rechtsantragstelle): `app/routes.ts` and
    /// the helper only it imports are read by React Router's Vite plugin while building, so what they import
    /// (`@react-router/fs-routes` and its tree) stays `dev`; the server entry `app/entry.server.tsx` runs in the
    /// application, and a component's development dependency ships as before.
    @Test func aRouteConfigurationTheBuildReadsShipsNothing() throws {
        let result = NPMFixtures.catalog("bundled-react-router-app")
        for purl in ["pkg:npm/%40react-router/fs-routes@7.9.4", "pkg:npm/minimatch@9.0.5", "pkg:npm/brace-expansion@2.0.2",
                     "pkg:npm/balanced-match@1.0.2", "pkg:npm/%40react-router/dev@7.9.4", "pkg:npm/%40babel/core@7.28.4",
                     "pkg:npm/%40testing-library/react@16.3.0", "pkg:npm/vitest@3.2.4"] {
            let component = result.component(purl)
            #expect(component?.scope == .dev, "\(purl)")
            #expect(component?.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
        let collapsed = try #require(result.component("pkg:npm/react-collapsed@4.2.0"))
        #expect(collapsed.scope == .runtime)
        #expect(collapsed.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by app/components/Stepper.tsx; vite config vite.config.ts")
        #expect(result.component("pkg:npm/tiny-warning@1.0.3")?.scope == .runtime)
        #expect(result.component("pkg:npm/isbot@5.1.31")?.scope == .runtime)
    }

    /// Modelled on Code du travail numérique's Next.js frontend: `UserAction.ts`, a helper with an ordinary name
    /// that wraps Testing Library, is imported only by tests, so Testing Library stays `dev`; a page that only its
    /// test imports is still a page (Next.js finds it by its folder), and what it imports ships.
    @Test func aTestHelperThatOnlyTestsImportShipsNothing() throws {
        let result = NPMFixtures.catalog("bundled-next-test-helper")
        for purl in ["pkg:npm/%40testing-library/react@16.3.0", "pkg:npm/%40testing-library/user-event@14.6.1",
                     "pkg:npm/%40testing-library/dom@10.4.1", "pkg:npm/lz-string@1.5.0", "pkg:npm/jest@29.7.0"] {
            let component = result.component(purl)
            #expect(component?.scope == .dev, "\(purl)")
            #expect(component?.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
        #expect(result.component("pkg:npm/%40socialgouv/matomo-next@1.9.2")?.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by src/app/outils/page.tsx; next config next.config.mjs")
        #expect(result.component("pkg:npm/%40codegouvfr/react-dsfr@1.28.1")?.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by src/modules/layout/Header.tsx; next config next.config.mjs")
        #expect(result.component("pkg:npm/tss-react@4.9.19")?.scope == .runtime)
    }

    /// Modelled on the NL Design System's Utrecht workspace: an Astro site whose description calls it the
    /// documentation website, and a package of build utilities (Rollup configurations and a command that sets up
    /// component packages), are no applications the system delivers: React, the Rollup plugins and glob stay `dev`.
    @Test func aDocumentationSiteAndBuildUtilitiesAreNoDeliveredApplications() {
        let result = NPMFixtures.catalog("design-system-workspace")
        for purl in ["pkg:npm/react@19.2.4", "pkg:npm/react-dom@19.2.4", "pkg:npm/scheduler@0.27.0",
                     "pkg:npm/%40rollup/plugin-typescript@12.1.4", "pkg:npm/rollup-plugin-filesize@10.0.0",
                     "pkg:npm/glob@10.4.5", "pkg:npm/sort-package-json@2.11.0"] {
            #expect(result.component(purl)?.scope == .dev, "\(purl)")
        }
        #expect(!result.components.contains { $0.properties[Component.bundledIntoInterfaceProperty] != nil })
    }

    /// Modelled on Wiki.js 2: a published (not private) server whose `main` names a start file `wiki.js` it no
    /// longer has, with a Vue interface in `client/` that webpack bundles (`dev/webpack/webpack.prod.js`, webpack a
    /// devDependency): an application, whose interface's devDependencies ship. A `main` alone makes no library;
    /// entry points for bundlers or type checkers, a `files` list or peer dependencies do.
    @Test func aPublishedServerWithOnlyAMainIsAnApplication() throws {
        let result = NPMFixtures.catalog("bundled-webpack-server-app")
        let zxcvbn = try #require(result.component("pkg:npm/zxcvbn@4.4.2"))
        #expect(zxcvbn.scope == .runtime)
        #expect(zxcvbn.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by client/components/password-strength.vue; bundler webpack (declared in package.json)")
        #expect(result.component("pkg:npm/vue@2.7.16")?.scope == .runtime)
        #expect(result.component("pkg:npm/webpack@5.97.1")?.scope == .dev)

        var ignored: [Diagnostic] = []
        func isLibrary(_ text: String) throws -> Bool {
            let manifest = try #require(PackageJSON.parse(Array(text.utf8), file: "package.json", diagnostics: &ignored))
            return BundledFrontEnd.isLibrary(manifest)
        }
        #expect(try !isLibrary(#"{"name": "team-wiki", "main": "wiki.js"}"#))
        #expect(try !isLibrary(#"{"name": "widgets", "main": "dist/widgets.umd.js"}"#))
        #expect(try isLibrary(#"{"name": "widgets", "main": "dist/widgets.js", "module": "dist/widgets.mjs"}"#))
        #expect(try isLibrary(#"{"name": "widgets", "types": "dist/index.d.ts"}"#))
        #expect(try isLibrary(#"{"name": "widgets", "private": true, "peerDependencies": {"vue": "^2.7"}}"#))
        #expect(try !isLibrary(#"{"name": "widgets", "private": true, "module": "dist/widgets.mjs"}"#))
    }

    @Test func buildUtilitiesAndSelfDescribedDocumentationAreToolingProjects() {
        var ignored: [Diagnostic] = []
        func manifest(_ text: String) -> PackageJSON? {
            PackageJSON.parse(Array(text.utf8), file: "packages/p/package.json", diagnostics: &ignored)
        }
        let buildUtilities = manifest(#"{"name": "@utrecht/build-utils-react", "private": true}"#)
        #expect(buildUtilities.map { BundledFrontEnd.isToolingProject($0, folder: "packages/build-utils-react") } == true)
        let site = manifest(#"{"name": "@utrecht/astro", "description": "Documentation website for Utrecht"}"#)
        #expect(site.map { BundledFrontEnd.isToolingProject($0, folder: "packages/astro") } == true)
        // A description that mentions documentation later says nothing of what the project is.
        let editor = manifest(#"{"name": "impress", "description": "A collaborative editor for documentation"}"#)
        #expect(editor.map { BundledFrontEnd.isToolingProject($0, folder: "apps/impress") } == false)
    }

    /// The project's sources are read once, the user-interface folders first: a bound reached in the rest of the
    /// project leaves the bundled decision to be made (and the script-only analysis, which needs every file,
    /// without sources); a bound reached inside them decides nothing.
    @Test func aBoundReachedOutsideTheInterfaceFoldersKeepsTheBundledDecision() throws {
        let context = CatalogContext(root: NPMFixtures.path("bundled-react-router-app"))
        func read(files: Int) -> ProjectSources? {
            ProjectSources.read(folder: "", first: BundledFrontEnd.interfaceFolders,
                                bounds: ProjectSources.Bounds(files: files, entries: 1_000), context: context)
        }
        // `app` holds 8 source files; `vite.config.ts` and `server.mjs` are 2 more.
        #expect(read(files: 10)?.isComplete == true)
        let partial = try #require(read(files: 9))
        #expect(!partial.isComplete)
        #expect(partial.specifiers.keys.filter { $0.hasPrefix("app/") }.count == 8)
        #expect(read(files: 7) == nil)
        var ignored: [Diagnostic] = []
        let bytes = try context.files.read(context.absolutePath("package.json"), reportedAs: "package.json").get()
        let manifest = try #require(PackageJSON.parse(bytes, file: "package.json", diagnostics: &ignored))
        let frontEnd = BundledFrontEnd.find(manifest: manifest, folder: "", context: context) { partial }
        #expect(frontEnd?.imports == ["react-collapsed": "app/components/Stepper.tsx"])
    }
}
