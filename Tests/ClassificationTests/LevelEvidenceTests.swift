import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, patterns 1 and 2: whether an npm project is a server or a client is weighed per project, and
/// packages reached only through build tooling are development tooling.
@Suite struct LevelEvidenceTests: ClassifiesWithBaseRules {
    @Test func aServerFrameworkOutweighsOneFrontendDependency() throws {
        // An Express server with one dependency whose rule level is frontend (like i18next-fs-backend).
        let result = try classify([
            try component("pkg:npm/api@1.0.0", firstParty: true),
            try component("pkg:npm/express@4.21.0", direct: true),
            try component("pkg:npm/ui-kit@1.0.0", direct: true),
            try component("pkg:npm/left-pad@1.3.0", direct: true),
            try component("pkg:npm/util-a@1.0.0"),
        ], [("pkg:npm/api@1.0.0", "pkg:npm/express@4.21.0"), ("pkg:npm/api@1.0.0", "pkg:npm/ui-kit@1.0.0"),
            ("pkg:npm/api@1.0.0", "pkg:npm/left-pad@1.3.0"), ("pkg:npm/left-pad@1.3.0", "pkg:npm/util-a@1.0.0")])
        let (padLevel, padReason) = try level(result, "pkg:npm/left-pad@1.3.0")
        #expect(padLevel == .backend)
        #expect(padReason.contains("server app (express; outweighs ui-kit)"), "\(padReason)")
        #expect(try level(result, "pkg:npm/util-a@1.0.0").0 == .backend)
        #expect(try level(result, "pkg:npm/api@1.0.0").0 == .backend)
        // The frontend rule still decides its own package.
        #expect(try level(result, "pkg:npm/ui-kit@1.0.0").0 == .frontend)
    }

    @Test func withoutServerEvidenceTheSameProjectIsAFrontendApp() throws {
        let result = try classify([
            try component("pkg:npm/web@1.0.0", firstParty: true),
            try component("pkg:npm/ui-kit@1.0.0", direct: true),
            try component("pkg:npm/left-pad@1.3.0", direct: true),
        ], [("pkg:npm/web@1.0.0", "pkg:npm/ui-kit@1.0.0"), ("pkg:npm/web@1.0.0", "pkg:npm/left-pad@1.3.0")])
        let (padLevel, padReason) = try level(result, "pkg:npm/left-pad@1.3.0")
        #expect(padLevel == .frontend)
        #expect(padReason.contains("default in a frontend app (ui-kit)"), "\(padReason)")
    }

    @Test func aTechnologyWithoutALevelTakesTheLevelOfTheProjectThatDeclaresIt() throws {
        // util-log has a rule without a level (like SLF4J or winston): it counts at the level of the project that
        // declares it, and the explanation names the rule, not a default. left-pad has no rule: a default.
        let result = try classify([
            try component("pkg:npm/client@1.0.0", firstParty: true),
            try component("pkg:npm/server@1.0.0", firstParty: true),
            try component("pkg:maven/org.acme/service@1.0.0", firstParty: true),
            try component("pkg:npm/react-dom@18.3.1", direct: true),
            try component("pkg:npm/express@4.21.0", direct: true),
            try component("pkg:npm/util-log@2.0.0", direct: true),
            try component("pkg:npm/util-format@1.0.0", direct: true),
            try component("pkg:npm/left-pad@1.3.0", direct: true),
            try component("pkg:maven/org.util/logging@1.0.0", direct: true),
        ], [("pkg:npm/client@1.0.0", "pkg:npm/react-dom@18.3.1"), ("pkg:npm/client@1.0.0", "pkg:npm/util-log@2.0.0"),
            ("pkg:npm/server@1.0.0", "pkg:npm/express@4.21.0"), ("pkg:npm/server@1.0.0", "pkg:npm/util-format@1.0.0"),
            ("pkg:npm/server@1.0.0", "pkg:npm/left-pad@1.3.0"),
            ("pkg:maven/org.acme/service@1.0.0", "pkg:maven/org.util/logging@1.0.0")])
        let (clientLevel, clientReason) = try level(result, "pkg:npm/util-log@2.0.0")
        #expect(clientLevel == .frontend)
        #expect(clientReason.hasPrefix("technology Utilities has no level of its own; the level of the project that "
                                       + "declares it (frontend app"), "\(clientReason)")
        let (serverLevel, serverReason) = try level(result, "pkg:npm/util-format@1.0.0")
        #expect(serverLevel == .backend)
        #expect(serverReason.contains("(server app (express"), "\(serverReason)")
        #expect(!serverReason.contains("default"), "\(serverReason)")
        let (mavenLevel, mavenReason) = try level(result, "pkg:maven/org.util/logging@1.0.0")
        #expect(mavenLevel == .backend)
        #expect(mavenReason.hasSuffix("(a Maven project)"), "\(mavenReason)")
        // A package that no rule knows still takes the ecosystem's default, and says so.
        let (padLevel, padReason) = try level(result, "pkg:npm/left-pad@1.3.0")
        #expect(padLevel == .backend)
        #expect(padReason.contains("npm default outside a frontend app"), "\(padReason)")
    }

    @Test func aWorkspaceLibraryRunsWhereTheProjectsDeclaringItRun() throws {
        // A React app bundles a first-party calculator package (an npm workspace) that declares one plain
        // dependency and nothing with a side; a server declares its own plain library.
        let result = try classify([
            try component("pkg:npm/web@1.0.0", firstParty: true),
            try component("pkg:npm/calculator@1.0.0", firstParty: true),
            try component("pkg:npm/api@1.0.0", firstParty: true),
            try component("pkg:npm/shared-model@1.0.0", firstParty: true),
            try component("pkg:npm/react-dom@18.3.1", direct: true),
            try component("pkg:npm/express@4.21.0", direct: true),
            try component("pkg:npm/big-number@6.2.2", direct: true),
            try component("pkg:npm/date-helper@2.0.0", direct: true),
        ], [("pkg:npm/web@1.0.0", "pkg:npm/react-dom@18.3.1"), ("pkg:npm/web@1.0.0", "pkg:npm/calculator@1.0.0"),
            ("pkg:npm/calculator@1.0.0", "pkg:npm/big-number@6.2.2"),
            ("pkg:npm/api@1.0.0", "pkg:npm/express@4.21.0"), ("pkg:npm/api@1.0.0", "pkg:npm/shared-model@1.0.0"),
            ("pkg:npm/shared-model@1.0.0", "pkg:npm/date-helper@2.0.0")])
        let (numberLevel, numberReason) = try level(result, "pkg:npm/big-number@6.2.2")
        #expect(numberLevel == .frontend)
        #expect(numberReason.contains("frontend app (a library of web: frontend app (react-dom))"), "\(numberReason)")
        #expect(try level(result, "pkg:npm/calculator@1.0.0").0 == .frontend)
        // A library that only servers declare stays on the server side.
        #expect(try level(result, "pkg:npm/date-helper@2.0.0").0 == .backend)
    }

    @Test func eachProjectOfASystemIsWeighedOnItsOwn() throws {
        // One repository with a React client and an Express server: each one's plain dependencies follow it.
        let result = try classify([
            try component("pkg:npm/client@1.0.0", firstParty: true),
            try component("pkg:npm/server@1.0.0", firstParty: true),
            try component("pkg:npm/react-dom@18.3.1", direct: true),
            try component("pkg:npm/express@4.21.0", direct: true),
            try component("pkg:npm/date-helper@2.0.0", direct: true),
            try component("pkg:npm/mailer@6.0.0", direct: true),
            try component("pkg:npm/shared-lib@1.0.0", direct: true),
        ], [("pkg:npm/client@1.0.0", "pkg:npm/react-dom@18.3.1"), ("pkg:npm/client@1.0.0", "pkg:npm/date-helper@2.0.0"),
            ("pkg:npm/client@1.0.0", "pkg:npm/shared-lib@1.0.0"),
            ("pkg:npm/server@1.0.0", "pkg:npm/express@4.21.0"), ("pkg:npm/server@1.0.0", "pkg:npm/mailer@6.0.0"),
            ("pkg:npm/server@1.0.0", "pkg:npm/shared-lib@1.0.0")])
        #expect(try level(result, "pkg:npm/date-helper@2.0.0").0 == .frontend)
        #expect(try level(result, "pkg:npm/react-dom@18.3.1").0 == .frontend)
        #expect(try level(result, "pkg:npm/mailer@6.0.0").0 == .backend)
        #expect(try level(result, "pkg:npm/client@1.0.0").0 == .frontend)
        #expect(try level(result, "pkg:npm/server@1.0.0").0 == .backend)
        // Declared by both: it runs on the server, so the server decides.
        #expect(try level(result, "pkg:npm/shared-lib@1.0.0").0 == .backend)
    }

    @Test func packagesReachedOnlyThroughBuildToolingAreDevelopmentTooling() throws {
        // A React Native app declares its bundler CLI in dependencies; the CLI runs a development server
        // (server-kit, backend by rule) with helpers. ui-kit also uses util-b at run time.
        let result = try classify([
            try component("pkg:npm/app@1.0.0", firstParty: true),
            try component("pkg:npm/ui-kit@1.0.0", direct: true),
            try component("pkg:npm/bundler@1.0.0"),
            try component("pkg:npm/server-kit@4.0.0"),
            try component("pkg:npm/util-a@1.0.0"),
            try component("pkg:npm/util-b@1.0.0"),
        ], [("pkg:npm/app@1.0.0", "pkg:npm/ui-kit@1.0.0"), ("pkg:npm/ui-kit@1.0.0", "pkg:npm/bundler@1.0.0"),
            ("pkg:npm/bundler@1.0.0", "pkg:npm/server-kit@4.0.0"), ("pkg:npm/server-kit@4.0.0", "pkg:npm/util-a@1.0.0"),
            ("pkg:npm/bundler@1.0.0", "pkg:npm/util-b@1.0.0"), ("pkg:npm/ui-kit@1.0.0", "pkg:npm/util-b@1.0.0")])
        #expect(try level(result, "pkg:npm/bundler@1.0.0").0 == .developmentTooling)
        let (serverLevel, serverReason) = try level(result, "pkg:npm/server-kit@4.0.0")
        #expect(serverLevel == .developmentTooling, "the rule's backend level does not apply at build time")
        #expect(serverReason == "only reached through build tooling bundler", "\(serverReason)")
        #expect(try level(result, "pkg:npm/util-a@1.0.0").0 == .developmentTooling)
        // Reached at run time too: the shipping path decides.
        #expect(try level(result, "pkg:npm/util-b@1.0.0").0 == .frontend)
    }

    @Test func aDirectDependencyWithoutARuleServesWhatItWraps() throws {
        // An Express server with a telemetry-style wrapper over two frontend-ruled packages (the fixtures' UI kit
        // stands in for the OpenTelemetry and Azure Monitor packages), one over a single ruled package, one over
        // packages of two levels.
        let api = "pkg:npm/api@1.0.0"
        let result = try classify([
            try component(api, firstParty: true),
            try component("pkg:npm/express@4.21.0", direct: true),
            try component("pkg:npm/wrapper@1.0.0", direct: true),
            try component("pkg:npm/single@1.0.0", direct: true),
            try component("pkg:npm/mixed@1.0.0", direct: true),
            try component("pkg:npm/%40ui/a@1.0.0"), try component("pkg:npm/%40ui/b@1.0.0"),
            try component("pkg:npm/%40ui/c@1.0.0"), try component("pkg:npm/util-x@1.0.0"),
            try component("pkg:npm/server-kit@4.0.0"),
        ], [(api, "pkg:npm/express@4.21.0"), (api, "pkg:npm/wrapper@1.0.0"), (api, "pkg:npm/single@1.0.0"),
            (api, "pkg:npm/mixed@1.0.0"),
            ("pkg:npm/wrapper@1.0.0", "pkg:npm/%40ui/a@1.0.0"), ("pkg:npm/wrapper@1.0.0", "pkg:npm/%40ui/b@1.0.0"),
            ("pkg:npm/wrapper@1.0.0", "pkg:npm/util-x@1.0.0"), ("pkg:npm/single@1.0.0", "pkg:npm/%40ui/c@1.0.0"),
            ("pkg:npm/mixed@1.0.0", "pkg:npm/%40ui/c@1.0.0"), ("pkg:npm/mixed@1.0.0", "pkg:npm/server-kit@4.0.0")])
        let (wrapper, reason) = try level(result, "pkg:npm/wrapper@1.0.0")
        #expect(wrapper == .frontend)
        #expect(reason == "direct dependency without a rule level; the level of what it uses (@ui/a, @ui/b)")
        // One ruled dependency, or no majority: the ecosystem's default for a server app.
        #expect(try level(result, "pkg:npm/single@1.0.0").0 == .backend)
        #expect(try level(result, "pkg:npm/single@1.0.0").1.contains("npm default outside a frontend app"))
        #expect(try level(result, "pkg:npm/mixed@1.0.0").0 == .backend)
    }

    @Test func weighingNamesTheStrongestEvidence() {
        let kind = AppKind.weigh(marker: nil, dependencies: [("express", nil), ("pg", .database),
                                                              ("ui-kit", .frontend), ("i18next-fs-backend", .frontend)])
        #expect(!kind.isClient, "express 3 + pg 1 against 1 + 1")
        #expect(kind.summary == "server app (express, pg; outweighs i18next-fs-backend, ui-kit)")
        let marked = AppKind.weigh(marker: "Xcode application target App", dependencies: [("github.com/vapor/vapor", nil)])
        #expect(marked.isClient)
        #expect(AppKind.weigh(marker: nil, dependencies: []).summary == "server app (no client evidence)")
    }

    @Test func aProjectWithServerAndClientFrameworksIsTheServerSide() {
        // Outline-style: Koa and React in one package.json, with more frontend rules than server ones.
        let kind = AppKind.weigh(marker: nil, dependencies: [
            ("koa", nil), ("react-dom", nil), ("ui-kit", .frontend), ("@ui/icons", .frontend), ("editor", .frontend),
        ])
        #expect(!kind.isClient)
        #expect(kind.summary == "full-stack project (server: koa; client: react-dom), so the server side")
        // Without a server framework the same frontend evidence makes a client app.
        #expect(AppKind.weigh(marker: nil, dependencies: [("react-dom", nil), ("ui-kit", .frontend), ("pg", .database)]).isClient)
        // A client-app marker (an Xcode application target beside a Vapor server) still decides for the client.
        #expect(AppKind.weigh(marker: "Xcode application target App", dependencies: [("github.com/vapor/vapor", nil),
                                                                                   ("react-dom", nil)]).isClient)
        // A React Router (framework mode) app with its server runtime renders on the server: Documenso's app
        // (eighteenth sample) declares @react-router/serve and Hono beside react-dom and many UI packages.
        let router = AppKind.weigh(marker: nil, dependencies: [
            ("@react-router/serve", nil), ("react-dom", nil), ("@hono/node-server", nil), ("ui-kit", .frontend),
            ("@radix-ui/react-dialog", .frontend), ("forms", .frontend), ("query", .frontend),
        ])
        #expect(!router.isClient)
        #expect(router.summary.hasPrefix("full-stack project (server: @hono/node-server, @react-router/serve"))
        // Hono itself is no server evidence: its `hono/client` runs in browsers (a Vite SPA calling a Hono API).
        #expect(AppKind.weigh(marker: nil, dependencies: [("hono", nil), ("react-dom", nil), ("ui-kit", .frontend)]).isClient)
    }

    @Test func aNextJSProjectWithReactIsFullStack() throws {
        // NAV's sykmeldinger: Next.js pages and API routes in one package.json. Next.js serves both from its own
        // server, so what no rule places (a server-side cache) runs on the server; a frontend rule keeps its own.
        let result = try classify([
            try component("pkg:npm/sykmeldinger@1.0.0", firstParty: true),
            try component("pkg:npm/next@15.3.0", direct: true),
            try component("pkg:npm/react-dom@19.1.0", direct: true),
            try component("pkg:npm/node-cache@5.1.2", direct: true),
            try component("pkg:npm/ui-kit@1.0.0", direct: true),
        ], [("pkg:npm/sykmeldinger@1.0.0", "pkg:npm/next@15.3.0"),
            ("pkg:npm/sykmeldinger@1.0.0", "pkg:npm/ui-kit@1.0.0"),
            ("pkg:npm/sykmeldinger@1.0.0", "pkg:npm/react-dom@19.1.0"),
            ("pkg:npm/sykmeldinger@1.0.0", "pkg:npm/node-cache@5.1.2")])
        let (cacheLevel, cacheReason) = try level(result, "pkg:npm/node-cache@5.1.2")
        #expect(cacheLevel == .backend)
        #expect(cacheReason.contains("full-stack project (server: next; client: react-dom)"), "\(cacheReason)")
        #expect(try level(result, "pkg:npm/ui-kit@1.0.0").0 == .frontend)
    }
}
