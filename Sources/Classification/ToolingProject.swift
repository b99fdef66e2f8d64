import SovScanModel

/// Recognises the system's own projects that only serve development: a Maven module, Swift package or npm project whose
/// name, or a folder above whose manifest, says it holds integration tests, documentation, examples, demos, benchmarks,
/// mocks of services or build tools (`integrationtest`, `documentation`, `BuildTools`, `e2e-tests`, `mock-api`; an
/// Astro site in `docs/package.json`; the modules under `examples/`; a library's `demo` application), or an npm project
/// that is an editor extension (`Component.editorExtensionProperty`: Camel Karavan's VS Code extension), or that
/// declares a project enclosing it (`Component.usesEnclosingProjectProperty`: One Login's `journey-map/`, whose
/// `package.json` declares the app at `file:../` to draw its journeys), or a Maven module whose POM calls it a test
/// server (`ModuleRole`: OIOSAML.Java's "Test Identity Provider") and that no other project of the build depends on in
/// a shipping scope, or an npm workspace's own command-line tool that the projects declaring it declare for development
/// only (`DevelopmentCommandProject`), or an npm project kept in a folder of utilities that no other project of the
/// system ships with (`isInUtilityFolder`: Vote Monitor's `utils/excel-to-locales`). A Maven module with a tooling
/// name that a module without one depends on in a shipping scope ships with it (a `documentation` module that
/// generates the API the service implements). What only
/// such projects declare does not ship with the system, whatever scope their manifests give it (issue 15, pattern 2):
/// Maven has no development scope for a whole module, and a SwiftPM `BuildTools` package pins SwiftLint's and
/// SwiftGen's trees as ordinary dependencies.
///
/// A Maven module named nothing but `demo`, `sample` or `example` is the application when its build has no other
/// (`isOnlyApplication`): Spring Initializr names a new project `demo`, and a team that keeps the name and adds an
/// aggregator POM or an integration-test module still ships it.
enum ToolingProject {
    /// The last word of a project's name that marks it as tooling (compared in lower case, after splitting the
    /// name at separators: `medarbejder-bff/integrationtest`, `service-it`, `BuildTools`; `.maestro`, the folder of
    /// Maestro's mobile UI-test flows and their mock servers, as in pass Culture's app).
    static let markerWords: Set<String> = [
        "buildtools", "tools", "tooling", "scripts", "ci", "integrationtest", "integrationtests", "it", "e2e", "test",
        "tests", "testing", "testreport", "systemtest", "systemtests", "acceptancetest", "acceptancetests", "docs",
        "documentation", "benchmark", "benchmarks", "jmh", "example", "examples", "sample", "samples", "demo", "demos",
        "maestro",
    ]

    /// Whether a project's name marks it as tests, documentation, examples, demos, benchmarks or build tools, or
    /// as the shared configuration of a linter, formatter or compiler (`isToolConfigurationName`).
    static func isToolingName(_ name: String) -> Bool {
        let words = NameWords.of(name)
        guard let last = words.last else { return false }
        if markerWords.contains(last) || isToolConfigurationName(words) || isTestSupportName(words) { return true }
        // A stand-in for a service the system talks to, for tests and local development (`mock-api`, Opetushallitus'
        // koodisto and organisaatio; `connector-mock-sms`; `.storybook/mocks`), by any of its words.
        if words.contains(where: mockWords.contains) { return true }
        // A folder of several (`demo-apps`, `example-projects`: Sweden Connect's signservice keeps its demo
        // applications in `demo-apps/`); one `demo-app` may be the system's application and is not tooling.
        return words.count >= 2 && collectionWords.contains(last) && markerWords.contains(words[words.count - 2])
    }

    /// The words after a test word that name what the tests share (`shared-test-resources`, Oskari's module whose
    /// helpers load H2 for the other modules' tests; `test-support`, `testutils`, `test-fixtures`).
    static let testSupportWords: Set<String> = [
        "support", "utils", "util", "utilities", "helpers", "helper", "resources", "fixtures", "common", "commons",
        "lib", "libs", "kit", "data",
    ]

    /// The words that say tests, before what the tests share.
    static let testWords: Set<String> = ["test", "tests", "testing"]

    /// Whether a project's name words end in a test word followed by one of the `testSupportWords`, or in one word
    /// that joins them (`testutils`, `testsupport`). A Maven module so named that a product module ships with still
    /// ships (`positions`).
    static func isTestSupportName(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        if words.count >= 2, testWords.contains(words[words.count - 2]), testSupportWords.contains(last) { return true }
        return testWords.contains { last.hasPrefix($0) && testSupportWords.contains(String(last.dropFirst($0.count))) }
    }

    /// The tools whose shared configuration a workspace keeps as a project of its own: linters, formatters,
    /// compilers and test runners read it while the system is developed and built.
    static let configuredTools: Set<String> = [
        "eslint", "prettier", "stylelint", "commitlint", "biome", "tslint", "tsconfig", "typescript", "ts", "jest",
        "vitest", "babel",
    ]

    /// Whether a project's name words name a tool's shared configuration: `pagopa-interop-eslint-config` (PagoPA's
    /// workspace of lint rules that every service declares for development), `@acme/prettier-config`,
    /// `typescript-config`, `tsconfig`, or an ESLint configuration or plug-in by ESLint's naming
    /// (`eslint-config-acme`, `eslint-plugin-acme`).
    static func isToolConfigurationName(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        if words == ["tsconfig"] { return true }
        if words.count >= 2, ["config", "configs", "preset"].contains(last), configuredTools.contains(words[words.count - 2]) {
            return true
        }
        return words.count >= 2 && words[0] == "eslint" && ["config", "plugin"].contains(words[1])
    }

    /// Whether a first-party component is an editor extension: the manifest `Component.editorExtensionProperty` names
    /// is every `package.json` that declares it (a project of the same name and version elsewhere, such as Karavan's
    /// web UI beside its VS Code extension, makes one component that is not only the extension).
    static func isEditorExtension(_ component: Component) -> Bool {
        guard let manifest = component.properties[Component.editorExtensionProperty] else { return false }
        return component.locations.allSatisfy { !$0.file.hasSuffix("package.json") || $0.file == manifest }
    }

    /// The names of a folder that keeps a repository's utility scripts (`utils/excel-to-locales`, Commit Global's Vote
    /// Monitor; `utils/cognitoBackup`, the Canadian Digital Service's forms) and, in some workspaces, libraries that
    /// its services import (`utils/event-builder`, NHS Notify): a project below one is tooling only when no other
    /// project of the system ships with it.
    static let utilityFolderNames: Set<String> = ["utils", "util", "utilities"]

    /// Whether every file that names a first-party npm component (its `package.json`, and its lockfile's entry)
    /// lies below a folder with one of the `utilityFolderNames`, other than the project's own folder
    /// (`packages/utils` is a library named so). A workspace member that a lockfile at the root lists is none.
    static func isInUtilityFolder(_ component: Component) -> Bool {
        guard component.ecosystem == .npm, !component.locations.isEmpty else { return false }
        return component.locations.allSatisfy { location in
            location.file.split(separator: "/").dropLast(2).contains { utilityFolderNames.contains($0.lowercased()) }
        }
    }

    /// Which of the projects in utility folders (`utilities`, by position) ship: those that a project neither tooling
    /// by name nor in a utility folder depends on in a shipping scope, and those that a shipping one depends on so
    /// (NHS Notify's lambdas declare `utils/event-builder`, which declares `utils/utils`).
    private static func utilitiesShipped(_ utilities: [Int], in system: SystemInventory, graph: ComponentGraph,
                                         toolingByName: Set<Int>) -> Set<Int> {
        guard !utilities.isEmpty else { return [] }
        let utilitySet = Set(utilities)
        var shipped = firstPartyShippingTargets(in: system, graph: graph) {
            !toolingByName.contains($0) && !utilitySet.contains($0)
        }.intersection(utilitySet)
        var pending = Array(shipped)
        while let index = pending.popLast() {
            for dependency in graph.shippingDependencies(of: index) where utilitySet.contains(dependency) {
                if shipped.insert(dependency).inserted { pending.append(dependency) }
            }
        }
        return shipped
    }

    /// Words that name a mock of a service, wherever they stand in a project's name.
    static let mockWords: Set<String> = ["mock", "mocks"]

    /// Plural words after a tooling word that name a folder of several such projects (`demo-apps`).
    static let collectionWords: Set<String> = ["apps", "applications", "projects", "modules"]

    /// Whether a first-party component is a tooling project by its name or by the folders of its manifest: every
    /// manifest that names it lies in a folder, or below a folder, with a tooling name (`docs/package.json`,
    /// `examples/avro-bean/pom.xml`; a module that a test module's POM also names keeps its own folder; the scanned
    /// root has no folder name).
    static func isTooling(_ component: Component) -> Bool {
        if isToolingName(component.purl.name) || component.properties[Component.usesEnclosingProjectProperty] != nil
            || isEditorExtension(component) {
            return true
        }
        guard !component.locations.isEmpty else { return false }
        return component.locations.allSatisfy { location in
            location.file.split(separator: "/").dropLast().contains { isToolingName(String($0)) }
        }
    }

    /// The first-party components that are tooling projects, by position, each with words saying why, for the
    /// explanation of what only it declares: those `isTooling` finds, unless a Maven build's only application
    /// (`isOnlyApplication`), and the test servers among the modules' `roles` that no other first-party project
    /// depends on in a shipping scope (by `graph`). Only when the system also has a project that is not one: a
    /// repository that is nothing but a `tools` package keeps its levels.
    static func positions(in system: SystemInventory, graph: ComponentGraph,
                          roles: [Int: ModuleRole]) -> [Int: String] {
        var tooling: [Int: String] = [:]
        var toolingByName = Set<Int>()
        var named: [(position: Int, evidence: String)] = []
        var testServers: [(position: Int, evidence: String)] = []
        var utilityScripts: [Int] = []
        var other = false
        let developmentCommands = DevelopmentCommandProject.evidence(in: system, graph: graph)
        for (index, component) in system.components.enumerated() where component.isFirstParty {
            let isToolingByName = isTooling(component)
            if isToolingByName { toolingByName.insert(index) }
            if isToolingByName, !isOnlyApplication(index, in: system) {
                named.append((index, evidence(component)))
            } else if let words = developmentCommands[index] {
                tooling[index] = words
            } else if case .testServer(let words) = roles[index] {
                testServers.append((index, words))
            } else if isInUtilityFolder(component) {
                utilityScripts.append(index)
            } else {
                other = true
            }
        }
        // A Maven module with a tooling name that a product module depends on in a shipping scope ships with it:
        // KvalitetsIT's `documentation` module generates the API interfaces that its `service` module implements.
        // (Maven scopes say this; a Swift package's dependency on a test-support package may serve only its tests.)
        let shippedByProducts = firstPartyShippingTargets(in: system, graph: graph) { !toolingByName.contains($0) }
        for (index, evidence) in named {
            let shipped = system.components[index].ecosystem == .maven && shippedByProducts.contains(index)
            if shipped { other = true } else { tooling[index] = evidence }
        }
        let shippedUtilities = utilitiesShipped(utilityScripts, in: system, graph: graph, toolingByName: toolingByName)
        for index in utilityScripts {
            if shippedUtilities.contains(index) {
                other = true
            } else {
                tooling[index] = "a project in a folder of utilities, which no other project of the system ships with"
            }
        }
        if !testServers.isEmpty {
            let shippedWith = firstPartyShippingTargets(in: system, graph: graph) { _ in true }
            for (index, words) in testServers {
                if shippedWith.contains(index) {
                    other = true
                } else {
                    tooling[index] = "a test server by \(words), which no other project of the build ships with"
                }
            }
        }
        return other ? tooling : [:]
    }

    /// The tooling words that also name a whole application: Spring Initializr names a new project `demo`, and a
    /// demonstration, a sample or an example is a program of its own, unlike tests, documentation or tools.
    static let applicationWords: Set<String> = ["demo", "sample", "example"]

    /// Whether a first-party Maven module whose artifactId is exactly one of the `applicationWords` is its build's
    /// only application: every other module of the system's Maven builds is an aggregator (packaging `pom`) or a
    /// tooling project by `isTooling` that no such word names. A build with nothing else to ship has no product
    /// that the word could set the module apart from; a library's `demo` beside its `core` stays a demonstration,
    /// and so do a `demo` and a `sample` side by side.
    static func isOnlyApplication(_ index: Int, in system: SystemInventory) -> Bool {
        let components = system.components
        guard isNamedLikeAnApplication(components[index]) else { return false }
        return components.indices.allSatisfy { other in
            let component = components[other]
            return other == index || !component.isFirstParty || component.ecosystem != .maven
                || component.properties[Component.mavenPackagingProperty] == "pom"
                || (isTooling(component) && !isNamedLikeAnApplication(component))
        }
    }

    /// Whether a Maven module's artifactId is exactly one of the `applicationWords` (`demo`, not `shop-demo`).
    private static func isNamedLikeAnApplication(_ component: Component) -> Bool {
        component.ecosystem == .maven && applicationWords.contains(component.purl.name.lowercased())
    }

    /// Words saying why a project that `isTooling` finds is one.
    private static func evidence(_ component: Component) -> String {
        if let declaration = component.properties[Component.usesEnclosingProjectProperty] {
            return "a project that uses the system's own code from outside: it declares \(declaration)"
        }
        if isEditorExtension(component), let manifest = component.properties[Component.editorExtensionProperty] {
            return "an editor extension, which runs in the developers' editors (engines.vscode in \(manifest))"
        }
        return "a project of tests, documentation, examples, demos, mocks or build tools by its name or folder"
    }

    /// The positions of the first-party components that another first-party project, one `dependent` accepts,
    /// depends on in a shipping scope (by `graph`): a mock server that a library's JUnit module ships to its users is
    /// the library's product, not a stand-in of its tests.
    private static func firstPartyShippingTargets(in system: SystemInventory, graph: ComponentGraph,
                                                  from dependent: (Int) -> Bool) -> Set<Int> {
        let components = system.components
        var targets = Set<Int>()
        for (index, component) in components.enumerated() where component.isFirstParty && dependent(index) {
            targets.formUnion(graph.shippingDependencies(of: index).filter { components[$0].isFirstParty })
        }
        return targets
    }
}
