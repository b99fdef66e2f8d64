import Foundation
import Testing

/// Issue 20, section 2: names, versions and paths from a pull request must not forge CI workflow commands or
/// drive the terminal, in any output meant for a person or a CI log.
@Suite(.serialized) struct HostileOutputTests {
    /// A JSON string literal holding ESC/OSC, BEL, a line break followed by a workflow command, CR, C1 and a
    /// bidirectional override.
    static let evilJSON = #"x\u001b]8;;http://evil\u0007\n::error file=x.js,line=1::INJECTED\r\u009b2J\u202e"#

    /// What no output may contain raw.
    static let forbidden: [Character] = ["\u{1B}", "\u{07}", "\r", "\u{9B}", "\u{202E}"]

    /// A repository whose lockfile gives a package (MIT, denied by the policy) a hostile version and names a
    /// hostile package, and whose folder name holds a line break and a workflow command.
    static func repository() throws -> HostileRepository {
        let repository = try HostileRepository()
        let folder = "app\n::warning file=y.js::FOLDER"
        try repository.write(folder + "/package.json", #"{"name": "app", "version": "1.0.0", "dependencies": {"ok": "1.0.0"}}"#)
        try repository.write(folder + "/package-lock.json", """
        {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "packages": {
          "": {"name": "app", "version": "1.0.0", "dependencies": {"ok": "1.0.0"}},
          "node_modules/ok": {"version": "1.0.0-\(evilJSON)", "license": "MIT", "dependencies": {"\(evilJSON)": "1.0.0"}},
          "node_modules/\(evilJSON)": {"version": "1.0.0-\(evilJSON)", "license": "MIT"}}}
        """)
        try repository.write(".sovscan.yml", "licenses: { deny: [MIT] }\n")
        return repository
    }

    /// Every line of a person's output: no raw control character, no line a CI runner reads as a command.
    static func expectInert(_ text: String, _ what: Comment) {
        for character in forbidden { #expect(!text.contains(character), what) }
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            #expect(!trimmed.hasPrefix("::") && !trimmed.hasPrefix("##"), "\(what): \(line)")
        }
    }

    @Test func checkTableAndDiagnostics() throws {
        let repository = try Self.repository()
        let run = try GuardedRun.run(["check", ".", "--no-color", "--allow-incomplete"], in: repository.root)
        #expect(run.status == 1, "the denied licence fails the check")
        #expect(run.stdout.contains("INJECTED"), "the hostile name is shown, escaped")
        Self.expectInert(run.stdout, "check table")
        Self.expectInert(run.stderr, "stderr")
    }

    @Test func githubAnnotationsAreOnlyOurs() throws {
        let repository = try Self.repository()
        let run = try GuardedRun.run(["check", ".", "--format", "github", "--allow-incomplete"], in: repository.root)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning") || line.hasPrefix("::notice"), "\(line)")
            // One command per line: the message part holds no second `::` command start and no control character.
            let message = line.split(separator: "::", maxSplits: 2, omittingEmptySubsequences: false).last ?? ""
            #expect(!message.contains("::error") || message.contains("\\u{3a}") || message.contains("%0A"), "\(line)")
            for character in Self.forbidden { #expect(!line.contains(character), "\(line)") }
        }
        Self.expectInert(run.stderr, "stderr")
    }

    @Test func explainErrorNamingAHostileSystem() throws {
        let repository = try Self.repository()
        let folder = repository.root.appendingPathComponent("app\n::warning file=y.js::FOLDER")
        let run = try GuardedRun.run(["explain", "pkg:npm/missing", "."], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is not a component of app\\u{a}\\u{3a}:warning") || run.stderr.contains("is not a component of app\\u{a}::warning"))
        Self.expectInert(run.stderr, "explain error")
    }

    @Test func scanTableAndExplain() throws {
        let repository = try Self.repository()
        let scan = try GuardedRun.run(["scan", ".", "--no-color", "--verbose"], in: repository.root)
        Self.expectInert(scan.stdout, "scan table")
        Self.expectInert(scan.stderr, "scan stderr")
        let explain = try GuardedRun.run(["explain", "pkg:npm/ok", "."], in: repository.root)
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("INJECTED"))
        Self.expectInert(explain.stdout, "explain")
        Self.expectInert(explain.stderr, "explain stderr")
    }
}
