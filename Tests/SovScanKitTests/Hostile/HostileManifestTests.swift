import Foundation
import Testing

/// Issue 20, section 4: malformed manifests must not lose or invent data silently; what was not read is a
/// diagnostic with file and line, and the scan exits 3.
@Suite(.serialized) struct HostileManifestTests {
    @Test func malformedYarnLockInventsNothing() throws {
        let repository = try HostileRepository()
        try repository.write("package.json", #"{"name": "app", "version": "1.0.0", "dependencies": {"unterminated": "^1.0.0", "ok": "^1.0.0"}}"#)
        try repository.write("yarn.lock", """
        # yarn lockfile v1


        unterminated@^1.0.0:
          version "1.0.0
          resolved "https://registry.yarnpkg.com/unterminated/-/unterminated-1.0.0.tgz"

        ok@^1.0.0:
          version "1.0.0"
          dependencies:
                deep "^2.0.0"

        """)
        let run = try GuardedRun.run(["scan", ".", "--format", "cyclonedx"], in: repository.root)
        #expect(run.status == 3)
        #expect(run.stdout.contains("pkg:npm/ok@1.0.0"))
        #expect(!run.stdout.contains("%22"), "no version with a stray quote")
        #expect(!run.stdout.contains("pkg:npm/deep"), "no package from a misindented line")
        #expect(run.stderr.contains("yarn.lock:5:3: error: an unterminated string"))
        #expect(run.stderr.contains("yarn.lock:11:9: error: an indentation of 8 spaces"))
    }
}
