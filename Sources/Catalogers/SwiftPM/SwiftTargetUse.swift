import SovScanModel

/// How the targets of one `Package.swift` use one package it declares: which of them run on a client (an iOS or
/// macOS app's features) and which on a server (a Vapor or Lambda executable and the libraries it links), or
/// whether only plugins and macros use it (build time). A repository such as isowords declares its iOS app's
/// features and its server in one package; the side of each dependency follows the targets that use it.
public struct SwiftTargetUse: Sendable, Hashable {
    /// The side a target's code runs on.
    public enum Side: String, Sendable, Hashable {
        case client, server
    }

    /// A target that uses the package, with why it runs on its side.
    public struct UsingTarget: Sendable, Hashable {
        public var name: String
        public var why: String
    }

    /// Every shipping target that uses the package (not a test, plugin or macro, nor used only by those).
    public var shippingTargets: [String] = []
    /// The shipping targets that use the package and run on a client.
    public var clientTargets: [UsingTarget] = []
    /// The shipping targets that use the package and run on a server.
    public var serverTargets: [UsingTarget] = []
    /// The plugin or macro targets (or the tools only they use, developer-tool executables such as `Tools`, or
    /// targets naming it in `plugins:`) that use it.
    public var buildTimeUsers: [String] = []
    /// The products of the package that shipping targets name (`.product(name:package:)`), in target order.
    public var linkedProducts: [String] = []

    /// Whether only plugins, macros and the tools they run use the package: it runs while the package is built,
    /// never in the product.
    public var buildTimeOnly: Bool { shippingTargets.isEmpty && !buildTimeUsers.isEmpty }

    /// The side the package's default level follows: the side with more using targets; a tie counts as the server
    /// side (as `AppKind` counts a project with a server and a client framework); `nil` when no using target's
    /// side is known.
    public var side: Side? {
        if clientTargets.isEmpty && serverTargets.isEmpty { return nil }
        return clientTargets.count > serverTargets.count ? .client : .server
    }

    /// The evidence for the explanation: "used by client targets AppFeature, GameCore and 3 more (AppFeature:
    /// linked by the Xcode app) and server targets SiteMiddleware (uses swift-web); the client side has more".
    public var evidence: String {
        func list(_ targets: [UsingTarget], _ side: String) -> String? {
            guard let first = targets.first else { return nil }
            let names = targets.map(\.name)
            return "\(side) targets \(names.prefix(3).joined(separator: ", "))"
                + (names.count > 3 ? " and \(names.count - 3) more" : "") + " (\(first.name): \(first.why))"
        }
        let parts = [list(clientTargets, "client"), list(serverTargets, "server")].compactMap { $0 }
        var text = "used by " + parts.joined(separator: " and ")
        if parts.count == 2 {
            text += clientTargets.count == serverTargets.count ? "; as many on each side, so the server side"
                : "; the \(side?.rawValue ?? "") side has more"
        }
        return text
    }

    /// Folds the use by another package's targets into this one (an Xcode project's local packages that declare
    /// the same pin).
    mutating func add(_ other: SwiftTargetUse) {
        shippingTargets += other.shippingTargets
        clientTargets += other.clientTargets
        serverTargets += other.serverTargets
        buildTimeUsers += other.buildTimeUsers
        linkedProducts += other.linkedProducts
    }
}

/// Decides the side of every target of a `Package.swift` and, from the targets that use each declared package,
/// the package's `SwiftTargetUse`.
///
/// A shipping target (not a test, plugin or macro, nor used only by those) is a client target when an Xcode
/// application links a product built from it, or when it (or a target it depends on) uses a client framework
/// package; a server target when it or a target it depends on uses a server framework package. A target without
/// such evidence of its own takes the sides of the targets that depend on it (`SharedModels` used by an app
/// feature and a server middleware is on both sides).
public enum SwiftTargetSides {
    /// Packages (by SwiftPM identity) whose products run an HTTP server or a server function.
    public static let serverPackages: Set<String> = [
        "vapor", "fluent", "hummingbird", "swift-aws-lambda-runtime", "swift-web", "kitura", "smoke-framework",
    ]
    /// Packages whose products only run in an app on a device: UI and app-architecture frameworks.
    public static let clientPackages: Set<String> = [
        "swift-composable-architecture", "swiftui-navigation", "swift-navigation", "kingfisher", "snapkit", "nuke",
        "lottie-ios", "lottie-spm", "swiftui-introspect",
    ]

    /// The use of every declared package of `manifest`, by identity; empty when its targets are unknown. Every
    /// pass is linear in the targets and their references, so a hostile manifest with many targets stays cheap.
    /// - Parameter linkedByApp: the product names an Xcode application project links (its
    ///   `XCSwiftPackageProductDependency` names), when the manifest is a local package of such a project.
    public static func uses(in manifest: PackageManifest, linkedByApp: Set<String> = []) -> [String: SwiftTargetUse] {
        guard let targets = manifest.targets, !targets.isEmpty else { return [:] }
        let graph = TargetGraph(targets)
        let buildTime = graph.buildTimeTargets()
        let sides = graph.sides(own: ownSides(manifest, graph: graph, linkedByApp: linkedByApp), skipping: buildTime)
        // Which targets name each package, by lower-case reference, in target order.
        var users: [String: [Int]] = [:]
        var pluginUsers: [String: [Int]] = [:]
        for (index, target) in targets.enumerated() {
            for reference in Set(target.packageReferences.map { $0.lowercased() }) { users[reference, default: []].append(index) }
            for reference in Set(target.pluginPackages.map { $0.lowercased() }) { pluginUsers[reference, default: []].append(index) }
        }
        var result: [String: SwiftTargetUse] = [:]
        for dependency in manifest.dependencies {
            let names = PackageManifest.referenceNames(of: dependency)
            var use = SwiftTargetUse()
            // Both branches of an `if`/`else` are read, so one target may be declared twice: each name counts once.
            var pluginNames = Set<String>()
            use.buildTimeUsers = Set(names.flatMap { pluginUsers[$0] ?? [] }).sorted().map { targets[$0].name }
                .filter { pluginNames.insert($0).inserted }
            var listed = Set<String>()
            for index in Set(names.flatMap { users[$0] ?? [] }).sorted() where !targets[index].isTest {
                let target = targets[index]
                guard listed.insert(target.name).inserted else { continue }
                if buildTime.contains(index) {
                    use.buildTimeUsers.append(target.name)
                    continue
                }
                use.shippingTargets.append(target.name)
                use.linkedProducts += target.productReferences.filter { names.contains($0.package.lowercased()) }.map(\.name)
                if let why = sides[index][.client] { use.clientTargets.append(.init(name: target.name, why: why)) }
                if let why = sides[index][.server] { use.serverTargets.append(.init(name: target.name, why: why)) }
            }
            result[dependency.identity] = use
        }
        return result
    }

    /// Each target's own side with its reason: an Xcode app links it (client), else what it or a target it depends
    /// on uses (a server framework before a client framework).
    private static func ownSides(_ manifest: PackageManifest, graph: TargetGraph, linkedByApp: Set<String>)
        -> [[SwiftTargetUse.Side: String]] {
        var linkedTargets = Set<String>()
        for product in manifest.products ?? [] where linkedByApp.contains(product.name) {
            linkedTargets.formUnion(product.targets)
        }
        linkedTargets.formUnion(linkedByApp)  // products named after their one target, when products are unknown
        func reasons(_ packages: Set<String>) -> [String?] {
            graph.upward(from: graph.targets.indices.map { index in
                graph.targets[index].packageReferences.map { $0.lowercased() }.filter(packages.contains).min()
                    .map { "uses \($0)" }
            })
        }
        let server = reasons(serverPackages)
        let client = reasons(clientPackages)
        return graph.targets.indices.map { index -> [SwiftTargetUse.Side: String] in
            let target = graph.targets[index]
            if target.isTest || target.kind.runsAtBuildTime || target.isToolingExecutable { return [:] }
            if linkedTargets.contains(target.name) { return [.client: "linked by the Xcode app"] }
            if let why = server[index] { return [.server: why] }
            if let why = client[index] { return [.client: why] }
            return [:]
        }
    }
}

/// The targets of one package and the edges between them (`.target(name:)`, and plain names that are targets).
private struct TargetGraph {
    let targets: [ManifestTarget]
    /// For each target, the positions of the targets it depends on, ascending.
    let dependencies: [[Int]]
    /// For each target, the positions of the targets that depend on it, ascending.
    let dependents: [[Int]]

    init(_ targets: [ManifestTarget]) {
        self.targets = targets
        var position: [String: Int] = [:]
        for (index, target) in targets.enumerated() where position[target.name] == nil { position[target.name] = index }
        var dependencies = [[Int]](repeating: [], count: targets.count)
        var dependents = [[Int]](repeating: [], count: targets.count)
        for (index, target) in targets.enumerated() {
            for used in Set(target.targetReferences.compactMap { position[$0] }).sorted() where used != index {
                dependencies[index].append(used)
                dependents[used].append(index)
            }
        }
        self.dependencies = dependencies
        self.dependents = dependents
    }

    /// For every target, the reason of the closest target in its closure (itself or what it depends on, directly
    /// or not) that has one in `own`: one breadth-first walk up the dependents from all of them at once.
    func upward(from own: [String?]) -> [String?] {
        var result = own
        var frontier = targets.indices.filter { own[$0] != nil }
        while !frontier.isEmpty {
            var next: [Int] = []
            for node in frontier {
                for user in dependents[node] where result[user] == nil {
                    result[user] = result[node]
                    next.append(user)
                }
            }
            frontier = next
        }
        return result
    }

    /// Plugins, macros and developer-tool executables (`ManifestTarget.isToolingExecutable`), and the targets
    /// that only they (and other such targets) depend on: every non-test target that no shipping root reaches
    /// without passing through one of them. Shipping roots are the other targets that are not tests and that no
    /// other target but a test depends on.
    func buildTimeTargets() -> Set<Int> {
        func runsAtBuildTime(_ index: Int) -> Bool {
            targets[index].kind.runsAtBuildTime || targets[index].isToolingExecutable
        }
        var shipped = [Bool](repeating: false, count: targets.count)
        var pending = targets.indices.filter { index in
            !targets[index].isTest && !runsAtBuildTime(index) && dependents[index].allSatisfy { targets[$0].isTest }
        }
        for root in pending { shipped[root] = true }
        while let node = pending.popLast() {
            for used in dependencies[node] where !shipped[used] && !runsAtBuildTime(used) {
                shipped[used] = true
                pending.append(used)
            }
        }
        return Set(targets.indices.filter { !targets[$0].isTest && !shipped[$0] })
    }

    /// Each target's sides: its own, and for each side it lacks, the closest shipping target that depends on it
    /// (directly or not) and has that side of its own ("through AppFeature, linked by the Xcode app"). One
    /// breadth-first walk down the dependencies per side, from every target with that side at once.
    func sides(own: [[SwiftTargetUse.Side: String]], skipping buildTime: Set<Int>) -> [[SwiftTargetUse.Side: String]] {
        var result = own
        for side in [SwiftTargetUse.Side.client, .server] {
            var origin = [Int?](repeating: nil, count: targets.count)
            var frontier: [Int] = []
            for index in targets.indices where own[index][side] != nil && !buildTime.contains(index) {
                origin[index] = index
                frontier.append(index)
            }
            while !frontier.isEmpty {
                var next: [Int] = []
                for node in frontier {
                    for used in dependencies[node] where origin[used] == nil && !buildTime.contains(used) {
                        origin[used] = origin[node]
                        next.append(used)
                    }
                }
                frontier = next
            }
            for index in targets.indices where result[index][side] == nil {
                guard let source = origin[index], let why = own[source][side] else { continue }
                result[index][side] = "through \(targets[source].name), \(why)"
            }
        }
        return result
    }
}
