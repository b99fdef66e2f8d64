import SovScanModel

/// What one of the system's own Maven modules is for, read from the words of its own POM (`<name>`, `<description>`
/// and artifactId), only where those words say it without doubt (issue 15, tenth session):
/// - a **test server**: a server, service or identity provider that the POM calls a test, mock, stub, fake, dummy,
///   demo, sample or example one ("Test Identity Provider"; "IdP used for testing OIOSAML 3.0"; "RAML Test
///   Microservice"). It stands in for a real counterpart while the system is tested or shown and does not ship
///   (`ToolingProject`), as long as no other module of the build depends on it in a shipping scope;
/// - **configuration tooling**: a module that synchronises the deployment's configuration
///   (`configuration-synchronizer`, which writes a configuration file into the application's configuration table):
///   operations support, so what only it declares is `ops-support` (`LevelAssignment`).
///
/// Nothing else is read into the words: "Testing Utilities" (a library), a "server stub generated from an OpenAPI
/// spec" (the product's own interface), "Azure AD Sync" (users, not configuration), "Engine Migrations" (schema
/// migrations are `database`) and a system whose every module is named "... Sample ..." keep their levels.
enum ModuleRole: Equatable {
    /// A server that stands in for a real one in tests or demonstrations; the POM's words that say so.
    case testServer(evidence: String)
    /// A tool that keeps the deployment's configuration in step; the POM's words that say so.
    case configurationTooling(evidence: String)

    /// Words that make the server after them a stand-in (`Test Identity Provider`, `mock OAuth server`).
    static let standInWords: Set<String> = [
        "test", "testing", "mock", "mocked", "stub", "fake", "dummy", "demo", "sample", "example",
    ]
    /// The servers a stand-in word can qualify, as word sequences.
    static let serverNouns: [[String]] = [
        ["identity", "provider"], ["idp"], ["server"], ["service"], ["microservice"], ["micro", "service"],
        ["backend"],
    ]
    /// Words for the configuration of a deployment, and for keeping it in step.
    static let configurationWords: Set<String> = ["configuration", "config"]
    static let synchronisingWords: Set<String> = [
        "sync", "syncer", "synchronizer", "synchroniser", "synchronization", "synchronisation", "synchronizes",
        "synchronises", "synchronizing", "synchronising",
    ]

    /// The roles of a system's own Maven modules, by position: each module's POM words read once for every step that
    /// asks (`ToolingProject`, `LevelAssignment`).
    static func roles(in system: SystemInventory) -> [Int: ModuleRole] {
        var roles: [Int: ModuleRole] = [:]
        for (index, component) in system.components.enumerated() {
            if let role = of(component) { roles[index] = role }
        }
        return roles
    }

    /// The role of a first-party Maven module by its POM's words; `nil` for everything else.
    static func of(_ component: Component) -> ModuleRole? {
        guard component.isFirstParty, component.ecosystem == .maven else { return nil }
        var texts: [(label: String, text: String)] = [("artifactId", component.name)]
        if let name = component.properties[Component.mavenNameProperty] { texts.append(("name", name)) }
        if let description = component.properties[Component.mavenDescriptionProperty] {
            texts.append(("description", description))
        }
        // Each text's clauses are read once for both questions (perf18).
        let read = texts.map { (label: $0.label, text: $0.text, clauses: clauses(of: $0.text)) }
        for (label, text, clauses) in read where clauses.contains(where: saysTestServer) {
            return .testServer(evidence: "its POM's \(label) '\(text)'")
        }
        for (label, text, clauses) in read where clauses.contains(where: saysConfigurationSync) {
            return .configurationTooling(evidence: "its POM's \(label) '\(text)'")
        }
        return nil
    }

    /// The words of each clause of a text: clauses end at punctuation (`Registry :: Utils :: RAML Test
    /// Microservice` has three), so words of different clauses never stand next to each other.
    static func clauses(of text: String) -> [[String]] {
        text.split(whereSeparator: clauseEnds.contains).map { NameWords.of(String($0)) }.filter { !$0.isEmpty }
    }

    /// The punctuation that ends a clause (a set: looking each character up in a string of them walked that
    /// string's characters for every character of a description).
    private static let clauseEnds: Set<Character> = [":", ";", ",", ".", "(", ")", "|", "/"]

    /// A stand-in word before a server noun, at most one word between (`Test Identity Provider`, `mock OAuth
    /// server`), or a server noun followed by "(used) for testing" or "for tests" (`IdP used for testing`).
    static func saysTestServer(_ words: [String]) -> Bool {
        for start in words.indices {
            for noun in serverNouns where words[start...].starts(with: noun) {
                if words[..<start].suffix(2).contains(where: standInWords.contains) { return true }
                var after = words[(start + noun.count)...].prefix(3)
                if after.first == "used" { after = after.dropFirst() }
                if after.first == "for", let purpose = after.dropFirst().first, purpose == "testing" || purpose == "tests" {
                    return true
                }
            }
        }
        return false
    }

    /// A configuration word next to a synchronising word, in either order (`configuration-synchronizer`,
    /// `sync config`).
    static func saysConfigurationSync(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { first, second in
            (configurationWords.contains(first) && synchronisingWords.contains(second))
                || (synchronisingWords.contains(first) && configurationWords.contains(second))
        }
    }
}
