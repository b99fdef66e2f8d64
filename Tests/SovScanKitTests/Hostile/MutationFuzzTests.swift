import Catalogers
import Classification
import Foundation
import Policy
import SovScanModel
import Testing

/// A structured mutation fuzzer run in every test run, bounded in time: seeds from the fixtures, mutated with
/// the edits that broke parsers before (truncation, deleted and repeated spans, unbalanced brackets, quotes,
/// YAML anchors and aliases, deep nesting, NUL and control bytes). Every parser must return, and return the
/// same thing twice. Covers the policy and rule loaders, which scripts/fuzz.sh (libFuzzer) does not reach,
/// and the manifest catalogers through their public entry. A failure names the seed and iteration to replay.
@Suite(.serialized) struct MutationFuzzTests {
    /// The repository: this file is Tests/SovScanKitTests/Hostile/MutationFuzzTests.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A campaign's length per seed: `SOVSCAN_FUZZ_SECONDS` (then without a limit on mutants), else 2 seconds.
    static let campaignSeconds = ProcessInfo.processInfo.environment["SOVSCAN_FUZZ_SECONDS"].flatMap(Double.init)

    /// Runs `body` on mutants of `seedFile` for `seconds` or `limit` mutants, whichever ends first (a campaign
    /// set by `SOVSCAN_FUZZ_SECONDS` replaces both); the number of mutants run is printed.
    static func fuzz(_ seedFile: String, seconds: Double = 2, limit: Int = 400, _ body: ([UInt8]) throws -> Void) throws -> Int {
        let seconds = campaignSeconds ?? seconds
        let limit = campaignSeconds == nil ? limit : Int.max
        let seed = try [UInt8](Data(contentsOf: root.appendingPathComponent(seedFile)))
        var mutator = Mutator(seed: UInt64(truncatingIfNeeded: seedFile.hashValueStable))
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        var runs = 0
        while runs < limit, ContinuousClock.now < deadline {
            try body(mutator.mutate(seed))
            runs += 1
        }
        if campaignSeconds != nil { print("mutation fuzz: \(seedFile): \(runs) mutants") }
        return runs
    }

    @Test(arguments: ["Tests/PolicyTests/Fixtures/policies/full.yml", "Tests/PolicyTests/Fixtures/policies/bad-glob.yml"])
    func policyLoader(_ seed: String) throws {
        let folder = try HostileRepository()
        let loader = PolicyLoader(profilesDirectory: Self.root.appendingPathComponent("Rules/profiles"))
        let runs = try Self.fuzz(seed) { bytes in
            try folder.write("policy.yml", Data(bytes))
            func outcome() -> String {
                do {
                    _ = try loader.load(path: folder.path("policy.yml"))
                    return "loaded"
                } catch {
                    return "\(error)"
                }
            }
            #expect(outcome() == outcome())
        }
        #expect(runs >= 10, "the fuzzer ran")
    }

    @Test func ruleLayers() throws {
        let folder = try HostileRepository()
        let seed = "Tests/ClassificationTests/Fixtures/rules/base/technologies/base.yml"
        let runs = try Self.fuzz(seed) { bytes in
            try folder.write("rules/technologies/t.yml", Data(bytes))
            let diagnostics = validateRules(at: [folder.root.appendingPathComponent("rules")])
            #expect(diagnostics.allSatisfy { $0.location?.file.isEmpty == false || $0.location == nil })
            #expect(diagnostics == validateRules(at: [folder.root.appendingPathComponent("rules")]))
        }
        #expect(runs >= 10, "the fuzzer ran")
    }

    @Test(arguments: [
        ("Tests/CatalogersTests/Fixtures/npm/lock-v3-app", "package-lock.json"),
        ("Tests/CatalogersTests/Fixtures/npm/yarn-v1-workspaces", "yarn.lock"),
        ("Tests/CatalogersTests/Fixtures/npm/pnpm-v9", "pnpm-lock.yaml"),
        ("Tests/CatalogersTests/Fixtures/npm/lock-v3-app", "package.json"),
    ])
    func npmFiles(_ fixture: String, _ name: String) throws {
        try catalogMutants(fixture: fixture, file: name, cataloger: NPMCataloger())
    }

    /// Copies a fixture project, then replaces one of its files with mutants and catalogs the whole project.
    func catalogMutants(fixture: String, file: String, cataloger: any Cataloger) throws {
        let folder = try HostileRepository()
        let source = Self.root.appendingPathComponent(fixture)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where !name.hasPrefix(".") {
            let from = source.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: from.path, isDirectory: &isFolder), !isFolder.boolValue {
                try folder.write(name, Data(contentsOf: from))
            }
        }
        let runs = try Self.fuzz(fixture + "/" + file) { bytes in
            try folder.write(file, Data(bytes))
            let manifests = Discovery().manifests(under: folder.root.path).files.filter { cataloger.kinds.contains($0.kind) }
            let context = CatalogContext(root: folder.root.path)
            let first = cataloger.catalog(manifests, in: context)
            let second = cataloger.catalog(manifests, in: context)
            #expect(first.components.map(\.purl).sorted() == second.components.map(\.purl).sorted())
            #expect(first.diagnostics.allSatisfy { $0.location?.file.isEmpty == false })
        }
        #expect(runs >= 10, "the fuzzer ran")
    }
}

/// Structure-aware edits of a seed, from a deterministic generator (SplitMix64), so a failure replays.
struct Mutator {
    private var state: UInt64
    private static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", "(", ")", "\"", "'", ":", ",", "\n", "  ", "- ", "&a ", "*a", "<<: *a", "&b [*a, *a, *a]",
        "\\", "\\u0000", "/*", "*/", "//", "<!ENTITY x \"y\">", "&x;", "${a}", "${", "\u{0}", "\u{1B}[2J", "\u{202E}",
        "node_modules/..", "../../etc/passwd", "-1", "1e999", "null", "true", "\"version\"", "\"name\"", "@",
        String(repeating: "[", count: 600), String(repeating: "{\"a\":", count: 300), String(repeating: "  ", count: 200) + "x: 1",
    ].map { Array($0.utf8) }

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// One to four edits of `input`.
    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(6) {
            case 0: bytes = Array(bytes.prefix(at))
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(64)))
            case 2:
                let end = min(bytes.count, at + 1 + below(256))
                bytes.insert(contentsOf: Array(bytes[at..<end]), at: at)
            case 3: bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: at)
            case 4: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: next()) }
            default: if at < bytes.count { bytes[at] ^= 1 << UInt8(below(8)) }
            }
        }
        return bytes
    }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }
}
