import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, patterns 1 and 2: what only the system's own test, documentation or build-tools projects declare does
/// not ship; a package a SwiftPM project pins follows that project's side; a client framework declared for the
/// build still makes a client app.
@Suite struct ToolingProjectTests: ClassifiesWithBaseRules {
    @Test func namesOfTestDocumentationAndBuildToolsProjects() {
        for name in ["integrationtest", "BuildTools", "service-it", "e2e-tests", "documentation", "api_docs", "jmh",
                     "mock-api", "connector-mock-sms", "mocks", "shared-test-resources", "test-support", "testutils",
                     "TestSupport", "test-fixtures"] {
            #expect(ToolingProject.isToolingName(name), "\(name)")
        }
        for name in ["web", "service", "itinerary", "contest", "docs-site", "tooltip", "mockup-editor", "support",
                     "contest-utils", "attestation-common", ""] {
            #expect(!ToolingProject.isToolingName(name), "\(name)")
        }
    }

    /// PagoPA's interop back end keeps its ESLint configuration as a workspace (`packages/eslint-config`, named
    /// `pagopa-interop-eslint-config`) whose dependencies (`@pagopa/eslint-config`, and through it ESLint's tree)
    /// are runtime ones; every service declares it for development only.
    @Test func sharedConfigurationsOfLintersAndCompilersAreTooling() {
        for name in ["pagopa-interop-eslint-config", "@acme/prettier-config", "typescript-config", "tsconfig",
                     "eslint-config-acme", "eslint-plugin-acme", "@acme/jest-preset", "stylelint-configs"] {
            #expect(ToolingProject.isToolingName(name), "\(name)")
        }
        for name in ["config", "app-config", "eslint", "runtime-config", "config-service", "babel", "typescript-client"] {
            #expect(!ToolingProject.isToolingName(name), "\(name)")
        }
    }

    @Test func theFolderOfAProjectsManifestCountsToo() throws {
        // An Astro documentation site with a generated name, in docs/ beside the app.
        var site = try component("pkg:npm/ossified-orbit@0.0.1", firstParty: true)
        site.locations = [SourceLocation(file: "docs/package.json", line: 1)]
        #expect(ToolingProject.isTooling(site))
        var app = try component("pkg:npm/obytesapp@9.0.0", firstParty: true)
        app.locations = [SourceLocation(file: "package.json", line: 1)]
        #expect(!ToolingProject.isTooling(app))
        var cli = try component("pkg:npm/create-app@1.0.0", firstParty: true)
        cli.locations = [SourceLocation(file: "cli/package.json", line: 1)]
        #expect(!ToolingProject.isTooling(cli))
        // A module that a documentation module's POM also names keeps its own folder.
        var web = try component("pkg:maven/dk.example/web@1.0.0", firstParty: true)
        web.locations = [SourceLocation(file: "documentation/pom.xml", line: 40), SourceLocation(file: "web/pom.xml", line: 12)]
        #expect(!ToolingProject.isTooling(web))
        let system = SystemInventory(name: "s", root: "/s", components: [site, app, cli])
        let positions = ToolingProject.positions(in: system, graph: ComponentGraph(system), roles: ModuleRole.roles(in: system))
        #expect(positions.keys.map { system.components[$0].name } == ["ossified-orbit"])
    }

    /// Apicurio Registry keeps runnable examples in modules under `examples/` (built only by a profile); what only
    /// they declare is not the registry's.
    @Test func aFolderAboveTheManifestCountsAndExamplesAreTooling() throws {
        var example = try component("pkg:maven/io.apicurio/apicurio-registry-examples-avro-bean@3.0.0", firstParty: true)
        example.locations = [SourceLocation(file: "examples/avro-bean/pom.xml", line: 1)]
        #expect(ToolingProject.isTooling(example))
        var fixture = try component("pkg:npm/fixture-app@1.0.0", firstParty: true)
        fixture.locations = [SourceLocation(file: "src/test/resources/fixture-app/package.json", line: 1)]
        #expect(ToolingProject.isTooling(fixture))
        var app = try component("pkg:maven/io.apicurio/apicurio-registry-app@3.0.0", firstParty: true)
        app.locations = [SourceLocation(file: "app/pom.xml", line: 1)]
        #expect(!ToolingProject.isTooling(app))
        for name in ["examples", "spring-boot-sample", "code-samples", "oiosaml3-demo", "demos"] {
            #expect(ToolingProject.isToolingName(name), "\(name)")
        }
        for name in ["sampler", "example-app", "demo-app", "democracy", "apps"] { #expect(!ToolingProject.isToolingName(name), "\(name)") }
        // A folder of several: Sweden Connect's signservice keeps its demo applications in `demo-apps/`.
        for name in ["demo-apps", "example-projects", "test-applications"] { #expect(ToolingProject.isToolingName(name), "\(name)") }
    }

    /// Modelled on KvalitetsIT's ihe-xds-api: its `documentation` module generates, from the OpenAPI files, the API
    /// interfaces and models that the `service` module implements, so `service` depends on it in compile scope and
    /// what it declares ships; what only `integrationtest` declares does not.
    @Test func aToolingNamedModuleAProductModuleShipsWithShips() throws {
        let service = "pkg:maven/dk.example/service@1.0.0"
        let docs = "pkg:maven/dk.example/documentation@1.0.0"
        let tests = "pkg:maven/dk.example/integrationtest@1.0.0"
        let validation = "pkg:maven/org.springframework.boot/spring-boot-starter-validation@3.0.0"
        let okhttp = "pkg:maven/com.squareup.okhttp3/okhttp@4.9.1"
        let result = try classify([
            try component(service, firstParty: true),
            try component(docs, firstParty: true),
            try component(tests, firstParty: true),
            try component(validation, direct: true),
            try component(okhttp, direct: true),
        ], [(service, docs), (docs, validation), (tests, service), (tests, okhttp)])
        #expect(try level(result, validation).0 == .backend)
        #expect(try level(result, okhttp).0 == .developmentTooling)
    }

    @Test func whatOnlyTestAndDocumentationModulesDeclareIsDevelopmentTooling() throws {
        // A Spring Boot build: the web module ships; integrationtest and documentation hold a generated client.
        let web = "pkg:maven/dk.example/web@1.0.0"
        let tests = "pkg:maven/dk.example/integrationtest@1.0.0"
        let docs = "pkg:maven/dk.example/documentation@1.0.0"
        let result = try classify([
            try component(web, firstParty: true),
            try component(tests, firstParty: true),
            try component(docs, firstParty: true),
            try component("pkg:maven/com.acme.web/web-core@2.0.0", direct: true),
            try component("pkg:maven/com.squareup.okhttp3/okhttp@4.9.1", direct: true),
            try component("pkg:maven/com.squareup.okio/okio@3.0.0"),
            try component("pkg:maven/com.google.code.gson/gson@2.10.1", direct: true),
        ], [(web, "pkg:maven/com.acme.web/web-core@2.0.0"), (web, "pkg:maven/com.google.code.gson/gson@2.10.1"),
            (tests, "pkg:maven/com.squareup.okhttp3/okhttp@4.9.1"), (docs, "pkg:maven/com.squareup.okhttp3/okhttp@4.9.1"),
            (docs, "pkg:maven/com.google.code.gson/gson@2.10.1"),
            ("pkg:maven/com.squareup.okhttp3/okhttp@4.9.1", "pkg:maven/com.squareup.okio/okio@3.0.0")])
        let (okhttp, reason) = try level(result, "pkg:maven/com.squareup.okhttp3/okhttp@4.9.1")
        #expect(okhttp == .developmentTooling)
        #expect(reason.contains("documentation (a project of tests, documentation, examples, demos, mocks or build tools by its name or folder)")
                    || reason.contains("integrationtest (a project of tests"), "\(reason)")
        #expect(try level(result, "pkg:maven/com.squareup.okio/okio@3.0.0").0 == .developmentTooling)
        // Declared by the shipping module too: it ships.
        #expect(try level(result, "pkg:maven/com.google.code.gson/gson@2.10.1").0 == .backend)
        #expect(try level(result, "pkg:maven/com.acme.web/web-core@2.0.0").0 == .backend)
    }

    @Test func aSystemOfOnlyAToolsProjectKeepsItsLevels() throws {
        let tools = "pkg:maven/dk.example/tools@1.0.0"
        let result = try classify([
            try component(tools, firstParty: true),
            try component("pkg:maven/com.google.code.gson/gson@2.10.1", direct: true),
        ], [(tools, "pkg:maven/com.google.code.gson/gson@2.10.1")])
        #expect(try level(result, "pkg:maven/com.google.code.gson/gson@2.10.1").0 == .backend)
    }

    @Test func anAppsServerAndBuildToolsPackagesEachDecideWhatTheyPin() throws {
        // Home Assistant style: an iOS app, a Vapor push server and a BuildTools package in one repository, each
        // pinning its tree in its own Package.resolved (pins are edges from the project, not direct declarations).
        var app = try component("pkg:swift/local/App", firstParty: true)
        app.properties[Component.clientAppProperty] = "Xcode application target App"
        let server = "pkg:swift/local/PushServer"
        let buildTools = "pkg:swift/local/BuildTools"
        let result = try classify([
            app,
            try component(server, firstParty: true),
            try component(buildTools, firstParty: true),
            try component("pkg:swift/github.com/vapor/vapor@4.100.0", direct: true),
            try component("pkg:swift/github.com/apple/swift-system@1.2.1"),
            try component("pkg:swift/github.com/example/charts@2.0.0", direct: true),
            try component("pkg:swift/github.com/kylef/PathKit@1.0.1"),
            try component("pkg:swift/github.com/example/codegen@1.0.0", direct: true),
        ], [("pkg:swift/local/App", "pkg:swift/github.com/example/charts@2.0.0"),
            (server, "pkg:swift/github.com/vapor/vapor@4.100.0"), (server, "pkg:swift/github.com/apple/swift-system@1.2.1"),
            (buildTools, "pkg:swift/github.com/example/codegen@1.0.0"), (buildTools, "pkg:swift/github.com/kylef/PathKit@1.0.1")])
        let (system, reason) = try level(result, "pkg:swift/github.com/apple/swift-system@1.2.1")
        #expect(system == .backend, "\(reason)")
        #expect(reason.contains("server app (github.com/vapor/vapor)"), "\(reason)")
        #expect(try level(result, "pkg:swift/github.com/example/charts@2.0.0").0 == .frontend)
        #expect(try level(result, "pkg:swift/github.com/kylef/PathKit@1.0.1").0 == .developmentTooling)
        #expect(try level(result, "pkg:swift/github.com/example/codegen@1.0.0").0 == .developmentTooling)
    }

    @Test func aClientFrameworkDeclaredForTheBuildMakesAClientApp() {
        // A SvelteKit app declares Svelte and SvelteKit as development dependencies and a GraphQL client at run time.
        let kind = AppKind.weigh(marker: nil, dependencies: [("graphql", .backend), ("graphql-request", .backend),
                                                             ("date-fns", nil)],
                                 developmentDependencies: ["svelte", "@sveltejs/kit", "vitest", "express"])
        #expect(kind.isClient)
        #expect(kind.summary == "frontend app (@sveltejs/kit (development), svelte (development); outweighs graphql, graphql-request)")
        // Only client frameworks count from the development scope: a server framework there (a test server) does not.
        #expect(!AppKind.weigh(marker: nil, dependencies: [("pg", .database)], developmentDependencies: ["express"]).isClient)
    }
}

/// A project that declares the project enclosing it (`Component.usesEnclosingProjectProperty`) uses the system's own
/// code from outside: modelled on GOV.UK One Login's `journey-map/`, which draws the sign-in journeys with mermaid.
@Suite struct EnclosingProjectToolingTests: ClassifiesWithBaseRules {
    @Test func whatOnlyAProjectUsingTheEnclosingAppDeclaresIsTooling() throws {
        let app = "pkg:npm/di-auth@1.0.0"
        let map = "pkg:npm/authentication-journey-map@1.0.0"
        var mapProject = try component(map, firstParty: true)
        mapProject.locations = [SourceLocation(file: "journey-map/package.json", line: 2)]
        mapProject.properties[Component.usesEnclosingProjectProperty] = "di-auth: file:../"
        var appProject = try component(app, firstParty: true)
        appProject.locations = [SourceLocation(file: "package.json", line: 2)]
        #expect(ToolingProject.isTooling(mapProject))
        #expect(!ToolingProject.isTooling(appProject))
        let result = try classify([
            appProject, mapProject,
            try component("pkg:npm/express@4.21.2", direct: true),
            try component("pkg:npm/mermaid@11.16.1", direct: true),
            try component("pkg:npm/d3-fetch@3.0.1"),
            try component("pkg:npm/ms@2.1.3", direct: true),
        ], [(app, "pkg:npm/express@4.21.2"), (app, "pkg:npm/ms@2.1.3"), (map, "pkg:npm/express@4.21.2"),
            (map, "pkg:npm/mermaid@11.16.1"), ("pkg:npm/mermaid@11.16.1", "pkg:npm/d3-fetch@3.0.1"),
            (map, "pkg:npm/ms@2.1.3")])
        let (mermaid, why) = try level(result, "pkg:npm/mermaid@11.16.1")
        #expect(mermaid == .developmentTooling)
        #expect(why.contains("authentication-journey-map (a project that uses the system's own code from outside: "
                                + "it declares di-auth: file:../)"), "\(why)")
        #expect(try level(result, "pkg:npm/d3-fetch@3.0.1").0 == .developmentTooling)
        // What the app declares too ships.
        #expect(try level(result, "pkg:npm/express@4.21.2").0 != .developmentTooling)
        #expect(try level(result, "pkg:npm/ms@2.1.3").0 != .developmentTooling)
    }
}

/// An editor extension (`Component.editorExtensionProperty`) runs in the developers' editors: beside the system's
/// application what only it declares is tooling (Camel Karavan's VS Code extension beside its web designer); a
/// repository that is nothing but the extension keeps its levels.
@Suite struct EditorExtensionToolingTests: ClassifiesWithBaseRules {
    private let app = "pkg:npm/karavan-app@4.22.0"
    private let plugin = "pkg:npm/karavan@4.22.0"

    private func extensionProject() throws -> Component {
        var project = try component(plugin, firstParty: true)
        project.locations = [SourceLocation(file: "karavan-vscode/package.json", line: 2)]
        project.properties[Component.editorExtensionProperty] = "karavan-vscode/package.json"
        return project
    }

    @Test func whatOnlyTheExtensionDeclaresIsTooling() throws {
        var appProject = try component(app, firstParty: true)
        appProject.locations = [SourceLocation(file: "karavan-app/src/main/webui/package.json", line: 2)]
        #expect(ToolingProject.isTooling(try extensionProject()))
        #expect(!ToolingProject.isTooling(appProject))
        let result = try classify([
            appProject, try extensionProject(),
            try component("pkg:npm/react@18.3.1", direct: true),
            try component("pkg:npm/get-stream@6.0.1", direct: true),
        ], [(app, "pkg:npm/react@18.3.1"), (plugin, "pkg:npm/get-stream@6.0.1")])
        let (streamLevel, why) = try level(result, "pkg:npm/get-stream@6.0.1")
        #expect(streamLevel == .developmentTooling)
        #expect(why.contains("an editor extension, which runs in the developers' editors (engines.vscode in "
                                + "karavan-vscode/package.json)"), "\(why)")
        #expect(try level(result, "pkg:npm/react@18.3.1").0 != .developmentTooling)
    }

    /// A mock of a service beside the application (`mock-api`): what only it declares is tooling, and the
    /// explanation says it is a mock.
    @Test func whatOnlyAMockOfAServiceDeclaresIsTooling() throws {
        let mock = "pkg:npm/mock-api@1.0.0"
        var mockProject = try component(mock, firstParty: true)
        mockProject.locations = [SourceLocation(file: "mock-api/package.json", line: 2)]
        var appProject = try component(app, firstParty: true)
        appProject.locations = [SourceLocation(file: "web/package.json", line: 2)]
        let result = try classify([
            appProject, mockProject,
            try component("pkg:npm/react@18.3.1", direct: true),
            try component("pkg:npm/get-stream@6.0.1", direct: true),
        ], [(app, "pkg:npm/react@18.3.1"), (mock, "pkg:npm/get-stream@6.0.1")])
        let (streamLevel, why) = try level(result, "pkg:npm/get-stream@6.0.1")
        #expect(streamLevel == .developmentTooling)
        #expect(why.contains("demos, mocks or build tools by its name"), "\(why)")
    }

    /// Karavan's web UI is also named `karavan` at the extension's version: one component, declared by both
    /// manifests, which is not only the extension.
    @Test func aProjectOfTheSameNameThatIsNoExtensionShips() throws {
        var merged = try extensionProject()
        merged.locations.append(SourceLocation(file: "karavan-app/src/main/webui/package.json", line: 2))
        #expect(!ToolingProject.isTooling(merged))
        let result = try classify([merged, try component("pkg:npm/react@18.3.1", direct: true)],
                                  [(plugin, "pkg:npm/react@18.3.1")])
        #expect(try level(result, "pkg:npm/react@18.3.1").0 != .developmentTooling)
    }

    @Test func anExtensionAloneKeepsItsLevels() throws {
        let result = try classify([try extensionProject(), try component("pkg:npm/get-stream@6.0.1", direct: true)],
                                  [(plugin, "pkg:npm/get-stream@6.0.1")])
        #expect(try level(result, "pkg:npm/get-stream@6.0.1").0 != .developmentTooling)
    }
}

/// A project kept in a folder of utilities (`utils/excel-to-locales`, Commit Global's Vote Monitor) is a script of
/// the developers unless another project of the system ships with it (NHS Notify's lambdas declare
/// `utils/event-builder`, which declares `utils/utils`); a library named `utils` is no such folder.
@Suite struct UtilityFolderToolingTests: ClassifiesWithBaseRules {
    private func project(_ purl: String, at file: String) throws -> Component {
        var project = try component(purl, firstParty: true)
        project.locations = [SourceLocation(file: file, line: 2)]
        return project
    }

    @Test func aProjectBelowAUtilitiesFolderIsOne() throws {
        #expect(ToolingProject.isInUtilityFolder(try project("pkg:npm/locales-generator@1.0.0",
                                                            at: "utils/excel-to-locales/package.json")))
        #expect(ToolingProject.isInUtilityFolder(try project("pkg:npm/backup@0.1.0", at: "tools/Utilities/backup/package.json")))
        #expect(!ToolingProject.isInUtilityFolder(try project("pkg:npm/%40acme/utils@1.0.0", at: "packages/utils/package.json")))
        #expect(!ToolingProject.isInUtilityFolder(try project("pkg:npm/utils@1.0.0", at: "utils/package.json")))
        #expect(!ToolingProject.isInUtilityFolder(try project("pkg:maven/dk.acme/report@1.0.0", at: "utils/report/pom.xml")))
        // Its own lockfile beside it keeps it there; a workspace's lockfile at the root, which lists it, does not.
        var own = try project("pkg:npm/backup@0.1.0", at: "utils/backup/package.json")
        own.locations.append(SourceLocation(file: "utils/backup/package-lock.json", line: 3))
        #expect(ToolingProject.isInUtilityFolder(own))
        var member = try project("pkg:npm/event-builder@1.0.0", at: "utils/event-builder/package.json")
        member.locations.append(SourceLocation(file: "package-lock.json", line: 40))
        #expect(!ToolingProject.isInUtilityFolder(member))
    }

    @Test func whatOnlyAScriptInAUtilitiesFolderDeclaresIsTooling() throws {
        let app = "pkg:npm/dashboard@1.0.0"
        let script = "pkg:npm/locales-generator@1.0.0"
        let result = try classify([
            try project(app, at: "web/package.json"), try project(script, at: "utils/excel-to-locales/package.json"),
            try component("pkg:npm/react@18.3.1", direct: true),
            try component("pkg:npm/exceljs@4.4.0", direct: true),
        ], [(app, "pkg:npm/react@18.3.1"), (script, "pkg:npm/exceljs@4.4.0")])
        let (excelLevel, why) = try level(result, "pkg:npm/exceljs@4.4.0")
        #expect(excelLevel == .developmentTooling)
        #expect(why.contains("a project in a folder of utilities, which no other project of the system ships with"),
                "\(why)")
        #expect(try level(result, "pkg:npm/react@18.3.1").0 != .developmentTooling)
    }

    @Test func aUtilityThatAServiceShipsWithShipsAndSoDoesWhatItShipsWith() throws {
        let lambda = "pkg:npm/sender-lambda@1.0.0"
        let builder = "pkg:npm/event-builder@1.0.0"
        let shared = "pkg:npm/shared-utils@1.0.0"
        let result = try classify([
            try project(lambda, at: "lambdas/sender/package.json"),
            try project(builder, at: "utils/event-builder/package.json"),
            try project(shared, at: "utils/utils/package.json"),
            try component("pkg:npm/zod@3.23.8", direct: true),
            try component("pkg:npm/date-fns@3.6.0", direct: true),
        ], [(lambda, builder), (builder, shared), (builder, "pkg:npm/zod@3.23.8"), (shared, "pkg:npm/date-fns@3.6.0")])
        #expect(try level(result, "pkg:npm/zod@3.23.8").0 != .developmentTooling)
        #expect(try level(result, "pkg:npm/date-fns@3.6.0").0 != .developmentTooling)
    }
}
