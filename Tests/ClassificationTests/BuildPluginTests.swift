import Testing
@testable import Classification
import SovScanModel

/// Build plugins and command-line programs inside runtime SDKs and the build-time parts of runtime packages are
/// development tooling with what only they reach, while the SDKs themselves keep their level (issue 15).
@Suite struct BuildPluginTests: ClassifiesWithBaseRules {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    /// Classifies `purls` with the bundled rules; `app` is the system's own project, `direct` what it declares.
    func classify(_ purls: [String], direct: Set<String>, app: String, _ edges: [(String, String)]) throws -> ClassifiedSystem {
        let components = try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == app) }
        return classifier.classify(SystemInventory(
            name: "s", root: "/s", components: components,
            graph: DependencyGraph(edges: try edges.map { try edge($0.0, $0.1) }))) { _ in nil }
    }

    /// Modelled on a React Router app (digitalservicebund's a2j-rechtsantragstelle): it declares Sentry's React Router
    /// SDK, which uploads source maps with Sentry's CLI when the app is built, and Sentry's Vite plugin, whose core
    /// finds its configuration with find-up. The SDK's core ships as `ops-support`; the plugin, the CLI and what only
    /// they reach are build time.
    @Test func sentrysBuildPluginsAndCLIAreToolingUnderItsSDK() throws {
        let app = "pkg:npm/rechtsantrag@1.0.0"
        let sdk = "pkg:npm/%40sentry/react-router@10.70.0", core = "pkg:npm/%40sentry/core@10.70.0"
        let cli = "pkg:npm/%40sentry/cli@2.58.6", proxy = "pkg:npm/proxy-from-env@1.1.0"
        let vite = "pkg:npm/%40sentry/vite-plugin@5.4.0", plugins = "pkg:npm/%40sentry/bundler-plugins@10.65.0"
        let findUp = "pkg:npm/find-up@5.0.0", locate = "pkg:npm/locate-path@6.0.0"
        let result = try classify([app, sdk, core, cli, proxy, vite, plugins, findUp, locate], direct: [sdk, vite], app: app,
                                  [(app, sdk), (app, vite), (sdk, core), (sdk, cli), (cli, proxy), (vite, plugins),
                                   (plugins, core), (plugins, findUp), (findUp, locate)])
        #expect(try level(result, sdk).0 == .opsSupport)
        #expect(try level(result, core).0 == .opsSupport, "the SDK needs its core at run time")
        let (viteLevel, why) = try level(result, vite)
        #expect(viteLevel == .developmentTooling)
        #expect(why.contains("a bundler plugin by its name (vite)"), "\(why)")
        #expect(try level(result, plugins).0 == .developmentTooling)
        #expect(try level(result, locate).0 == .developmentTooling)
        let (cliLevel, cliWhy) = try level(result, cli)
        #expect(cliLevel == .developmentTooling)
        #expect(cliWhy.contains("a command-line program by its name, which the library @sentry/react-router runs only"),
                "\(cliWhy)")
        #expect(try level(result, proxy).0 == .developmentTooling)
    }

    /// Modelled on Ghostfolio and Umami: the Prisma CLI migrates the database at deployment (`database`, with the
    /// MySQL driver Studio and migrations share), while Prisma Studio (`@prisma/studio-core` with d3) and the local
    /// development server (`@prisma/dev` with signal-exit) are development tooling by the Prisma rule.
    @Test func prismaStudioAndTheDevelopmentServerAreToolingUnderTheCLI() throws {
        let app = "pkg:npm/portfolio-api@2.0.0", prisma = "pkg:npm/prisma@7.9.1"
        let studio = "pkg:npm/%40prisma/studio-core@0.33.0", d3 = "pkg:npm/d3-format@3.1.2"
        let dev = "pkg:npm/%40prisma/dev@0.24.17", signalExit = "pkg:npm/signal-exit@4.1.0"
        let mysql = "pkg:npm/mysql2@3.15.3"
        let result = try classify([app, prisma, studio, d3, dev, signalExit, mysql], direct: [prisma], app: app,
                                  [(app, prisma), (prisma, studio), (studio, d3), (prisma, dev), (dev, signalExit),
                                   (prisma, mysql)])
        #expect(try level(result, prisma).0 == .database)
        #expect(try level(result, mysql).0 == .database)
        let (studioLevel, why) = try level(result, studio)
        #expect(studioLevel == .developmentTooling)
        #expect(why.contains("a build-time dependency of prisma by rule prisma"), "\(why)")
        #expect(try level(result, d3).0 == .developmentTooling)
        #expect(try level(result, dev).0 == .developmentTooling)
        #expect(try level(result, signalExit).0 == .developmentTooling)
    }

    /// Modelled on OS2 KITOS's Angular front end: every Kendo package pulls in Kendo's licensing package, whose
    /// activation command alone uses jsonwebtoken and glob; the licensing package itself ships with the components.
    @Test func kendosLicenceActivationCommandIsTooling() throws {
        let app = "pkg:npm/kitos-frontend@1.0.0", grid = "pkg:npm/%40progress/kendo-angular-grid@20.1.1"
        let licensing = "pkg:npm/%40progress/kendo-licensing@1.11.0", jwt = "pkg:npm/jsonwebtoken@9.0.3"
        let isString = "pkg:npm/lodash.isstring@4.0.1", glob = "pkg:npm/glob@13.0.1"
        let result = try classify([app, grid, licensing, jwt, isString, glob], direct: [grid, licensing], app: app,
                                  [(app, grid), (app, licensing), (grid, licensing), (licensing, jwt), (jwt, isString),
                                   (licensing, glob)])
        #expect(try level(result, licensing).0 == .frontend)
        #expect(try level(result, jwt).0 == .developmentTooling)
        #expect(try level(result, isString).0 == .developmentTooling)
        #expect(try level(result, glob).0 == .developmentTooling)
    }

    @Test func bundlerPluginsAreRecognisedByName() throws {
        func bundler(_ purl: String) throws -> String? { BuildPluginName.bundler(of: try PackageURL(parsing: purl)) }
        #expect(try bundler("pkg:npm/%40sentry/webpack-plugin@4.0.0") == "webpack")
        #expect(try bundler("pkg:npm/%40sentry/bundler-plugin-core@4.0.0") == "bundler")
        #expect(try bundler("pkg:npm/rollup-plugin-copy@3.5.0") == "rollup")
        #expect(try bundler("pkg:npm/%40emotion/babel-plugin@11.13.5") == "babel")
        #expect(try bundler("pkg:npm/unplugin-icons@0.19.0") == "unplugin")
        #expect(try bundler("pkg:npm/unplugin@2.3.5") == nil)
        #expect(try bundler("pkg:npm/chartjs-plugin-datalabels@2.2.0") == nil)
        #expect(try bundler("pkg:npm/%40jimp/plugin-cover@0.22.12") == nil)
        #expect(try bundler("pkg:maven/org.apache.maven.plugins/maven-babel-plugin@1.0") == nil)
    }
}
