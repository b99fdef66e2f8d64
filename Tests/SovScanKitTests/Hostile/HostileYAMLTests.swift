import Foundation
import Testing

/// Issue 20, sections 1 and 4: YAML whose aliases stand for millions of nodes (a pnpm lockfile, a rules layer,
/// a policy), and broken rule layers, which are configuration errors (exit 2), not an incomplete scan.
@Suite(.serialized) struct HostileYAMLTests {
    static let packageJSON = #"{"name": "app", "version": "1.0.0", "dependencies": {"p0": "1.0.0"}}"#

    /// A pnpm 9 lockfile of `count` packages that all alias one map of `count` dependencies: count² edges.
    static func amplifiedPnpmLock(count: Int) -> String {
        var text = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      p0: {specifier: 1.0.0, version: 1.0.0}\n"
        text += "packages:\n"
        for index in 0..<count { text += "  p\(index)@1.0.0: {resolution: {integrity: sha512-x}}\n" }
        text += "snapshots:\n  p0@1.0.0:\n    dependencies: &all\n"
        for index in 0..<count { text += "      p\(index): 1.0.0\n" }
        for index in 1..<count { text += "  p\(index)@1.0.0: {dependencies: *all}\n" }
        return text
    }

    @Test func pnpmAliasAmplification() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", Self.packageJSON)
        let lock = Self.amplifiedPnpmLock(count: 2200)
        #expect(lock.utf8.count < 250_000)
        try repository.write("pnpm-lock.yaml", lock)
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.seconds < 30)
        #expect(run.status == 3)
        #expect(run.stderr.contains("pnpm-lock.yaml:1: error: the document expands (through aliases) to more than"))
    }

    @Test func pnpmLockWithoutAliasesOfTheSameSizeIsRead() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", Self.packageJSON)
        try repository.write("pnpm-lock.yaml", Self.amplifiedPnpmLock(count: 200).replacingOccurrences(of: "{dependencies: *all}", with: "{}"))
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("pkg:npm/p199@1.0.0"))
    }

    @Test func rulesLayerAliasBomb() throws {
        let repository = try HostileRepository()
        try repository.write("app/package.json", Self.packageJSON)
        var rules = "schema: 1\ntechnologies:\n  - id: t0\n    name: T0\n    level: backend\n    patterns: &p ["
        rules += (0..<1000).map { "\"pkg:npm/p\($0)\"" }.joined(separator: ", ") + "]\n"
        for index in 1..<1000 { rules += "  - {id: t\(index), name: T, level: backend, patterns: *p}\n" }
        #expect(rules.utf8.count < 100_000)
        try repository.write("rules/technologies/bomb.yml", rules)
        let run = try GuardedRun.run(["scan", "app", "--rules", "rules"], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.seconds < 20)
        #expect(run.status == 2, "a broken rules layer is a configuration error")
        #expect(run.stderr.contains("bomb.yml:1: error: the document expands (through aliases)"))
        #expect(run.stderr.split(separator: "\n").count < 10)
    }

    @Test func rulesLayerSharingPatternsWarnsOncePerRule() throws {
        let repository = try HostileRepository()
        try repository.write("app/package.json", Self.packageJSON)
        var rules = "schema: 1\ntechnologies:\n  - id: t0\n    name: T0\n    level: backend\n    patterns: &p ["
        rules += (0..<100).map { "\"pkg:npm/p\($0)\"" }.joined(separator: ", ") + "]\n"
        for index in 1..<50 { rules += "  - {id: t\(index), name: T, level: backend, patterns: *p}\n" }
        try repository.write("rules/technologies/shared.yml", rules)
        let run = try GuardedRun.run(["rules", "check", "rules"], in: repository.root, seconds: 60)
        let warnings = (run.stdout + run.stderr).split(separator: "\n").filter { $0.contains("patterns (pkg:npm/p0, ...) are also in 't0'") }
        #expect(warnings.count == 49, "one warning per rule, not 4,900 (one per pattern)")
    }

    @Test func brokenRulesLayerFailsScanAndCheckWithExit2() throws {
        let repository = try HostileRepository()
        try repository.write("app/package.json", Self.packageJSON)
        try repository.write("app/.sovscan.yml", "licenses: { unknown: allow }\n")
        try repository.write("rules/technologies/broken.yml", """
        schema: 1
        technologies:
          - {id: a, name: A, level: nowhere, patterns: ["pkg:npm/a"]}
          - {id: b, name: B, level: backend, vendor: no-such-vendor, patterns: ["pkg:npm/b"]}
          - {id: c, name: C, level: backend, colour: red, patterns: ["pkg:npm/c"]}
        """)
        let scan = try GuardedRun.run(["scan", "app", "--rules", "rules"], in: repository.root)
        #expect(scan.status == 2)
        let check = try GuardedRun.run(["check", "app", "--rules", "rules"], in: repository.root)
        #expect(check.status == 2, "check must not pass with broken rules")
        #expect(check.stderr.split(separator: "\n").filter { $0.contains("broken.yml") && $0.contains("error") }.count == 3)
    }

    @Test func policyAliasBomb() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", Self.packageJSON)
        var policy = "a0: &a0 [\"MIT\"]\n"
        for level in 1...9 { policy += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        policy += "licenses: {allow: *a9}\n"
        try repository.write(".sovscan.yml", policy)
        let run = try GuardedRun.run(["check", "."], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.status == 2)
        #expect(run.stderr.contains("expands (through aliases)"))
    }
}
