import SovScanModel

/// Whether one project (a first-party package and the dependencies it declares) runs on a server or on a client,
/// decided by weighing the evidence its shipping direct dependencies and its own markers give, with the evidence
/// named so an explanation can show it.
struct AppKind: Sendable, Hashable {
    /// True when the client evidence outweighs the server evidence (a project with both a server and a client
    /// framework and no client-app marker counts as the server side).
    let isClient: Bool
    /// The evidence, strongest first, for the explanation: "frontend app (react-dom, @angular/core; outweighs
    /// express)" or "server app (express; outweighs i18next-fs-backend)".
    let summary: String
    /// False when nothing was weighed (no framework, marker or dependency with a side): a library project of a
    /// workspace, which then runs where the first-party projects that declare it run.
    var hasEvidence = true

    /// Points of a framework that only runs on one side: one of these outweighs several ordinary dependencies.
    static let frameworkWeight = 3
    /// Points of a first-party marker the catalogers set (an Xcode application target).
    static let markerWeight = 5

    /// Packages that run an HTTP server (or are one): npm's (`JavaScriptFrameworks.server`), Vapor and Hummingbird.
    static let serverFrameworks: Set<String> = JavaScriptFrameworks.server.union([
        "github.com/vapor/vapor", "github.com/hummingbird-project/hummingbird",
    ])
    /// npm packages that only run in a browser or on a device (`JavaScriptFrameworks.client`).
    static let clientFrameworks = JavaScriptFrameworks.client
    /// Rule levels that count as server evidence when a direct dependency has one.
    static let serverLevels: Set<StackLevel> = [.backend, .database, .middleware]

    /// Weighs the evidence of one project.
    /// - Parameters:
    ///   - marker: a first-party marker saying the project is a client app (`Component.clientAppProperty`).
    ///   - dependencies: the project's shipping direct dependencies, each with the level its technology rule gives.
    ///   - developmentDependencies: its direct dependencies for development only; a client framework among them
    ///     counts as client evidence (a bundled app declares Svelte or Vue for the build, and the bundle ships it),
    ///     nothing else among them does.
    static func weigh(marker: String?, dependencies: [(name: String, ruleLevel: StackLevel?)],
                      developmentDependencies: [String] = []) -> AppKind {
        var client: [(String, Int)] = []
        var server: [(String, Int)] = []
        if let marker { client.append((marker, markerWeight)) }
        for name in developmentDependencies where clientFrameworks.contains(name) {
            client.append((name + " (development)", frameworkWeight))
        }
        for (name, level) in dependencies {
            if serverFrameworks.contains(name) {
                server.append((name, frameworkWeight))
            } else if clientFrameworks.contains(name) {
                client.append((name, frameworkWeight))
            } else if level == .frontend {
                client.append((name, 1))
            } else if let level, serverLevels.contains(level) {
                server.append((name, 1))
            }
        }
        func list(_ items: [(String, Int)]) -> String {
            let sorted = items.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
            return sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? " and \(sorted.count - 3) more" : "")
        }
        // One project with a server framework and a client framework (Outline: Koa and React in one package.json)
        // serves both sides. Its client packages mostly have rules with their own level; the dependencies no rule
        // places are mostly the server's, so they default to the server side.
        let serverFrameworks = server.filter { $0.1 == frameworkWeight }
        let clientFrameworks = client.filter { $0.1 == frameworkWeight }
        if marker == nil, !serverFrameworks.isEmpty, !clientFrameworks.isEmpty {
            return AppKind(isClient: false, summary: "full-stack project (server: \(list(serverFrameworks)); client: "
                               + "\(list(clientFrameworks))), so the server side")
        }
        let clientScore = client.reduce(0) { $0 + $1.1 }
        let serverScore = server.reduce(0) { $0 + $1.1 }
        let isClient = clientScore > serverScore
        let (for_, against) = isClient ? (client, server) : (server, client)
        var summary = (isClient ? "frontend app" : "server app")
        if for_.isEmpty && against.isEmpty {
            return AppKind(isClient: false, summary: summary + " (no client evidence)", hasEvidence: false)
        } else {
            summary += " (" + (for_.isEmpty ? "no client evidence" : list(for_))
                + (against.isEmpty ? "" : "; outweighs \(list(against))") + ")"
        }
        return AppKind(isClient: isClient, summary: summary)
    }

    /// The kind of a project without evidence of its own that other first-party projects declare (a workspace
    /// library): a client when every declaring project with evidence is a client, else `nil` (it stays as weighed).
    static func library(declaredBy declarers: [(name: String, kind: AppKind)]) -> AppKind? {
        let weighed = declarers.filter(\.kind.hasEvidence)
        guard let first = weighed.first, weighed.allSatisfy(\.kind.isClient) else { return nil }
        return AppKind(isClient: true, summary: "frontend app (a library of \(first.name): \(first.kind.summary))")
    }
}
