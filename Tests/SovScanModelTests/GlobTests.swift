import Testing
@testable import SovScanModel

struct GlobTests {
    @Test(arguments: [
        ("*.json", "package.json", true),
        ("*.json", "a/package.json", false),
        ("**/*.json", "a/b/package.json", true),
        ("**/*.json", "package.json", true),
        ("examples/**", "examples/a/pom.xml", true),
        ("examples/**", "src/examples/a", false),
        ("pkg:maven/org.springframework*/*", "pkg:maven/org.springframework.boot/spring-boot", true),
        ("pkg:npm/%40angular/*", "pkg:npm/%40angular/core", true),
        ("file?.txt", "file1.txt", true),
        ("file?.txt", "file/.txt", false),
        ("[a-c]x", "bx", true),
        ("[!a-c]x", "bx", false),
        ("GPL-*", "GPL-3.0-only", true),
    ])
    func matching(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try Glob(pattern).matches(text) == expected)
    }

    @Test func unclosedClassIsAnError() {
        #expect(throws: GlobError.unclosedClass("[abc")) { try Glob("[abc") }
    }

    @Test func longInputDoesNotBlowUp() throws {
        let glob = try Glob("**a**a**a**a**b")
        #expect(!glob.matches(String(repeating: "a", count: 300)))
    }
}
