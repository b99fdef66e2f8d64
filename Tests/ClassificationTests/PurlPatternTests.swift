import Testing
@testable import Classification
import SovScanModel

@Suite struct PurlPatternTests {
    private func key(_ text: String) throws -> String { PurlPattern.key(of: try PackageURL(parsing: text)) }

    @Test func globsMatchWithinSegments() throws {
        let spring = try PurlPattern("pkg:maven/org.springframework*/*")
        #expect(spring.matches(try key("pkg:maven/org.springframework.boot/spring-boot@3.3.0")))
        #expect(spring.matches(try key("pkg:maven/org.springframework/spring-core@6.1.0")))
        #expect(!spring.matches(try key("pkg:maven/org.spring/spring-core@6.1.0")))
        #expect(spring.literalPrefix == "pkg:maven/org.springframework")
        let apache = try PurlPattern("pkg:maven/org.apache.*/*")
        #expect(apache.matches(try key("pkg:maven/org.apache.commons/commons-lang3@3.14.0")))
        #expect(!apache.matches(try key("pkg:maven/org.apache/apache@31")))
    }

    @Test func npmScopesAreDecodedAndCaseInsensitive() throws {
        let encoded = try PurlPattern("pkg:npm/%40angular/*")
        let plain = try PurlPattern("pkg:npm/@Angular/*")
        #expect(encoded.normalized == plain.normalized)
        #expect(encoded.matches(try key("pkg:npm/%40angular/core@18.2.0")))
        #expect(!encoded.matches(try key("pkg:npm/angular@1.8.3")))
        let exact = try PurlPattern("pkg:npm/react")
        let reactKey = try key("pkg:npm/react@18.3.1")
        #expect(exact.isLiteral && exact.matches(reactKey))
        #expect(!exact.matches(try key("pkg:npm/react-dom@18.3.1")))
    }

    @Test func swiftIgnoresCase() throws {
        let nio = try PurlPattern("pkg:swift/github.com/Apple/swift-nio")
        #expect(nio.matches(try key("pkg:swift/github.com/apple/swift-nio@2.65.0")))
    }

    @Test func specificityPrefersExactThenLongerLiteral() throws {
        let exact = try PurlPattern("pkg:npm/@babel/runtime")
        let glob = try PurlPattern("pkg:npm/@babel/*")
        let broad = try PurlPattern("pkg:npm/@babel*/*")
        #expect(exact.specificity > glob.specificity)
        #expect(glob.specificity > broad.specificity)
    }

    @Test(arguments: ["maven/org.x/*", "pkg:", "pkg:maven", "pkg:npm/left-pad@1.0.0", "pkg:maven/org.x/[ab"])
    func invalidPatternsThrow(_ text: String) {
        #expect(throws: RuleError.self) { try PurlPattern(text) }
    }
}
