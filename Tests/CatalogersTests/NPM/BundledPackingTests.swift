@testable import Catalogers
import SovScanModel
import Testing

/// A bundle holds what its code imports, not every package its packages declare (issue 15): below the packages the
/// user interface imports, a bundled front end does not pack build tooling that a packed package merely declares,
/// Vue's template compilers (unless the bundle compiles templates in the browser), the plugin packages whose macros
/// the build replaces, nor what a TypeScript module imports without using.
@Suite struct BundledPackingTests {
    /// The packages of the fixtures that the bundled rules file as build tooling (`Rules/technologies/
    /// npm-tooling.yml`: Babel, ESLint's, the minifiers, js-beautify's EditorConfig reader, `vite-*`); the scanner
    /// hands the rules themselves to the cataloger (`RuleBuildTooling`).
    struct ToolingNames: BuildToolingPackages {
        let names: Set<String>

        func isBuildTooling(_ purl: PackageURL) -> Bool {
            names.contains([purl.namespace, purl.name].compactMap { $0 }.joined(separator: "/"))
        }
    }

    static let tooling = ToolingNames(names: [
        "babel-eslint", "@babel/core", "@babel/generator", "@babel/parser", "@babel/traverse", "@babel/types",
        "babel-dead-code-elimination", "eslint-visitor-keys", "esutils", "minify", "clean-css", "terser",
        "editorconfig", "vite-env-only",
    ])

    static func catalog(_ name: String, tooling: (any BuildToolingPackages)? = BundledPackingTests.tooling) -> CatalogResult {
        NPMFixtures.catalog(name, options: CatalogOptions(buildTooling: tooling))
    }

    /// Modelled on Wiki.js 2: the Markdown editor imports mermaid 8, which declares `babel-eslint` and the `minify`
    /// command among its dependencies; webpack packs mermaid's drawing libraries, not the linter's parser nor the
    /// minifiers. lodash, which both Babel's types and dagre need, ships through dagre. js-beautify, tooling by its
    /// role, ships because the CKEditor component imports it to format HTML in the browser; its EditorConfig reader,
    /// which only its command line uses, does not.
    @Test func buildToolingThatAPackedPackageDeclaresIsNotPacked() throws {
        let result = Self.catalog("bundled-tooling-dependencies")
        for purl in ["pkg:npm/mermaid@8.8.2", "pkg:npm/%40braintree/sanitize-url@3.1.0", "pkg:npm/dagre@0.8.5",
                     "pkg:npm/graphlib@2.1.8", "pkg:npm/khroma@1.1.0", "pkg:npm/lodash@4.17.21", "pkg:npm/vue@2.6.14",
                     "pkg:npm/js-beautify@1.13.5", "pkg:npm/config-chain@1.1.12", "pkg:npm/ini@1.3.8"] {
            let component = try #require(result.component(purl), "\(purl)")
            #expect(component.scope == .runtime, "\(purl)")
            #expect(component.properties[Component.bundledIntoInterfaceProperty] != nil, "\(purl)")
        }
        #expect(result.component("pkg:npm/lodash@4.17.21")?.properties[Component.bundledIntoInterfaceProperty]
                    == "through mermaid, imported by client/components/editor-markdown.vue; bundler webpack (declared in package.json)")
        for purl in ["pkg:npm/babel-eslint@10.1.0", "pkg:npm/%40babel/parser@7.8.8", "pkg:npm/%40babel/types@7.8.3",
                     "pkg:npm/esutils@2.0.3", "pkg:npm/to-fast-properties@2.0.0", "pkg:npm/eslint-visitor-keys@1.1.0",
                     "pkg:npm/minify@4.1.3", "pkg:npm/clean-css@4.2.3", "pkg:npm/terser@4.6.7", "pkg:npm/source-map@0.6.1",
                     "pkg:npm/source-map-support@0.5.13", "pkg:npm/buffer-from@1.1.1", "pkg:npm/commander@2.20.3",
                     "pkg:npm/try-catch@2.0.1", "pkg:npm/editorconfig@0.15.3", "pkg:npm/sigmund@1.0.1"] {
            let component = try #require(result.component(purl), "\(purl)")
            #expect(component.scope == .dev, "\(purl)")
            #expect(component.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
        // Without knowing the tooling, the lockfile's whole tree of mermaid is packed.
        #expect(Self.catalog("bundled-tooling-dependencies", tooling: nil).component("pkg:npm/babel-eslint@10.1.0")?.scope
                    == .runtime)
    }

    /// Modelled on Dockge: Vite bundles the Vue 3 interface in `frontend/` with `@vitejs/plugin-vue`, which compiles
    /// the single-file components while building, and `vue` resolves to its runtime-only build: Vue's runtime ships,
    /// its template compilers and what only they need (Babel's parser, PostCSS, magic-string) do not.
    @Test func vueTemplateCompilersAreNotPackedIntoARuntimeOnlyBundle() throws {
        let result = Self.catalog("bundled-vue-runtime-only", tooling: nil)
        for purl in ["pkg:npm/vue@3.5.13", "pkg:npm/%40vue/runtime-dom@3.5.13", "pkg:npm/%40vue/runtime-core@3.5.13",
                     "pkg:npm/%40vue/reactivity@3.5.13", "pkg:npm/%40vue/shared@3.5.13", "pkg:npm/%40vue/server-renderer@3.5.13"] {
            #expect(result.component(purl)?.scope == .runtime, "\(purl)")
        }
        for purl in ["pkg:npm/%40vue/compiler-sfc@3.5.13", "pkg:npm/%40vue/compiler-dom@3.5.13",
                     "pkg:npm/%40vue/compiler-core@3.5.13", "pkg:npm/%40vue/compiler-ssr@3.5.13",
                     "pkg:npm/%40babel/parser@7.27.0", "pkg:npm/%40babel/types@7.27.0", "pkg:npm/entities@4.5.0",
                     "pkg:npm/estree-walker@2.0.2", "pkg:npm/magic-string@0.30.17", "pkg:npm/postcss@8.5.3",
                     "pkg:npm/nanoid@3.3.11", "pkg:npm/source-map-js@1.2.1"] {
            let component = try #require(result.component(purl), "\(purl)")
            #expect(component.scope == .dev, "\(purl)")
            #expect(component.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
    }

    /// The same interface with `vue` aliased to the full build (`vue/dist/vue.esm-bundler.js`), which compiles
    /// templates in the browser: the DOM compiler and its core are packed; the SFC and server-rendering compilers
    /// still run only at build time or on a server.
    @Test func aFullBuildOfVuePacksItsBrowserCompiler() throws {
        let result = Self.catalog("bundled-vue-full-build", tooling: nil)
        for purl in ["pkg:npm/%40vue/compiler-dom@3.5.13", "pkg:npm/%40vue/compiler-core@3.5.13", "pkg:npm/entities@4.5.0"] {
            #expect(result.component(purl)?.scope == .runtime, "\(purl)")
        }
        #expect(result.component("pkg:npm/%40vue/compiler-dom@3.5.13")?.properties[Component.bundledIntoInterfaceProperty]
                    == "through vue, imported by frontend/src/App.vue; vite config vite.config.ts")
        for purl in ["pkg:npm/%40vue/compiler-sfc@3.5.13", "pkg:npm/%40vue/compiler-ssr@3.5.13", "pkg:npm/magic-string@0.30.17",
                     "pkg:npm/postcss@8.5.3"] {
            #expect(result.component(purl)?.scope == .dev, "\(purl)")
        }
    }

    /// Modelled on DigitalService's Rechtsantragstelle: `vite.config.ts` runs `vite-env-only`'s plugin, which
    /// replaces the `serverOnly$` macros that the application's files import from the same package, so neither it
    /// nor its Babel tree is in the bundle; `p-map` gives a type only (`import { type MaybePromise }`), which the
    /// compiler erases. A component's development dependency ships as before.
    @Test func aBuildPluginsMacrosAndTypeOnlyImportsPackNothing() throws {
        let result = Self.catalog("bundled-build-macros")
        for purl in ["pkg:npm/vite-env-only@3.0.3", "pkg:npm/%40babel/core@7.28.4", "pkg:npm/babel-dead-code-elimination@1.0.10",
                     "pkg:npm/micromatch@4.0.8", "pkg:npm/braces@3.0.3", "pkg:npm/picomatch@2.3.1", "pkg:npm/p-map@7.0.6"] {
            let component = try #require(result.component(purl), "\(purl)")
            #expect(component.scope == .dev, "\(purl)")
            #expect(component.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
        #expect(result.component("pkg:npm/react-collapsed@4.2.0")?.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by app/components/Stepper.tsx; vite config vite.config.ts")
        #expect(result.component("pkg:npm/tiny-warning@1.0.3")?.scope == .runtime)
    }

    /// Modelled on OS2IoT's Angular front end: a service imports `buildDriverProvider` from Protractor and never
    /// uses it, so the TypeScript compiler erases the import and nothing of Protractor's tree is in the bundle; a
    /// component that uses what it imports from a development dependency still packs it.
    @Test func anImportTheModuleNeverUsesPacksNothing() throws {
        let result = Self.catalog("bundled-unused-import", tooling: nil)
        for purl in ["pkg:npm/protractor@7.0.0", "pkg:npm/selenium-webdriver@3.6.0", "pkg:npm/jszip@3.10.1",
                     "pkg:npm/webdriver-manager@12.1.9", "pkg:npm/adm-zip@0.5.10", "pkg:npm/blocking-proxy@1.0.1"] {
            let component = try #require(result.component(purl), "\(purl)")
            #expect(component.scope == .dev, "\(purl)")
            #expect(component.properties[Component.bundledIntoInterfaceProperty] == nil, "\(purl)")
        }
        #expect(result.component("pkg:npm/ngx-mat-select-search@7.0.2")?.properties[Component.bundledIntoInterfaceProperty]
                    == "imported by src/app/shared/select-search.component.ts; angular config angular.json")
    }
}
