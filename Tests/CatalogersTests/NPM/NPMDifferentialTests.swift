import Catalogers
import Foundation
import SovScanModel
import Testing

/// Compares the catalog of every package-lock fixture with what the real npm makes of the same lockfile:
/// `npm ls --all --json --long --package-lock-only --offline` (reads the lockfile only; never installs).
@Suite(.enabled(if: NPMTool.path != nil, "npm is not on PATH: the differential tests against npm are skipped"))
struct NPMDifferentialTests {
    static let fixtures = ["lock-v1-nested", "lock-v2-workspaces", "lock-v3-app", "lock-v3-bundled"]

    @Test(arguments: fixtures)
    func catalogAgreesWithNPM(_ fixture: String) throws {
        let truth = try #require(try NPMTool.listTree(of: NPMFixtures.path(fixture)))
        let result = NPMFixtures.catalog(fixture)
        let mine = result.components.filter { key($0, truth) != truth.rootKey }

        #expect(Set(mine.map { key($0, truth) }) == Set(truth.packages.keys))
        for component in mine {
            guard let expected = truth.packages[key(component, truth)] else { continue }
            #expect((component.scope == .dev) == expected.dev, "dev flag of \(component.purl)")
            #expect(component.isOptional == expected.optional, "optional flag of \(component.purl)")
            #expect((component.scope == .peer) == expected.peer, "peer flag of \(component.purl)")
        }
        let byPurl = Dictionary(result.components.map { ($0.purl, $0) }) { first, _ in first }
        let myEdges = Set(result.edges.compactMap { edge -> String? in
            guard let from = byPurl[edge.from], let to = byPurl[edge.to] else { return nil }
            return key(from, truth) + " -> " + key(to, truth)
        })
        #expect(myEdges == truth.edges)
    }

    /// `name@version`, with `?` for packages npm lists without a version (git dependencies).
    private func key(_ component: Component, _ truth: NPMTool.Tree) -> String {
        truth.versionless.contains(component.displayName)
            ? component.displayName + "@?" : component.displayName + "@" + (component.version ?? "?")
    }
}

/// Runs the real npm.
enum NPMTool {
    /// The npm executable found on `PATH`.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { $0 + "/npm" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// What `npm ls` says about a lockfile: packages by `name@version` with their flags, and edges.
    struct Tree {
        struct Flags: Equatable {
            var dev = true
            var optional = true
            var peer = true
        }
        var rootKey = ""
        var packages: [String: Flags] = [:]
        var edges: Set<String> = []
        /// Names npm lists without a version.
        var versionless: Set<String> = []
    }

    /// Copies `folder` to a temporary folder, runs `npm ls` there and reads its JSON.
    static func listTree(of folder: String) throws -> Tree? {
        guard let npm = path else { return nil }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-npm-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: folder, toPath: work.path)
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: npm)
        process.arguments = ["ls", "--all", "--json", "--long", "--package-lock-only", "--offline"]
        process.currentDirectoryURL = work
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return tree(from: root)
    }

    private static func tree(from root: [String: Any]) -> Tree {
        var tree = Tree()
        func name(_ node: [String: Any], key: String) -> String { node["name"] as? String ?? key }
        // Names without a version first, so that keys are stable.
        var pending: [(key: String, node: [String: Any])] = [("", root)]
        var all: [(key: String, node: [String: Any])] = []
        while let next = pending.popLast() {
            all.append(next)
            for (childKey, child) in next.node["dependencies"] as? [String: [String: Any]] ?? [:] {
                if child["missing"] as? Bool == true { continue }
                if child["version"] == nil { tree.versionless.insert(name(child, key: childKey)) }
                pending.append((childKey, child))
            }
        }
        func key(_ node: [String: Any], _ nodeKey: String) -> String {
            let packageName = name(node, key: nodeKey)
            return tree.versionless.contains(packageName) ? packageName + "@?"
                : packageName + "@" + (node["version"] as? String ?? "?")
        }
        tree.rootKey = key(root, "")
        for (nodeKey, node) in all {
            let parentKey = key(node, nodeKey)
            if !nodeKey.isEmpty {
                var flags = tree.packages[parentKey] ?? Tree.Flags()
                flags.dev = flags.dev && node["dev"] as? Bool == true
                flags.optional = flags.optional && (node["optional"] as? Bool == true || node["devOptional"] as? Bool == true)
                flags.peer = flags.peer && node["peer"] as? Bool == true && node["dev"] as? Bool != true
                tree.packages[parentKey] = flags
            }
            for (childKey, child) in node["dependencies"] as? [String: [String: Any]] ?? [:] where child["missing"] as? Bool != true {
                tree.edges.insert(parentKey + " -> " + key(child, childKey))
            }
        }
        return tree
    }
}
