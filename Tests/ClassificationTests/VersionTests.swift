import Testing
@testable import Classification

@Suite struct VersionTests {
    @Test(arguments: [
        ("1.0", "1.0.0", 0), ("7.10.2", "7.11.0", -1), ("7.11", "7.11.0", 0), ("2.0.0-beta", "2.0.0", -1),
        ("2.0.0-alpha.1", "2.0.0-beta", -1), ("2.0.0-rc1", "2.0.0-rc2", -1), ("1.0-SNAPSHOT", "1.0", -1),
        ("1.0.Final", "1.0", 0), ("5.3.39", "5.3.4", 1), ("v1.2.3", "1.2.3", 0), ("1.2.3+build5", "1.2.3", 0),
        ("1.0-sp1", "1.0", 1), ("1.0.1", "1.0-rc1", 1), ("33.0.0-jre", "33.0.0", 1), ("10", "9.99", 1),
        ("1.6.0-alpha20230816", "1.6.0", -1), ("1.6.0-alpha20230816", "1.5.7", 1),
    ])
    func compares(_ left: String, _ right: String, _ expected: Int) {
        #expect(Version.compare(Version(left), Version(right)) == expected)
        #expect(Version.compare(Version(right), Version(left)) == -expected)
    }

    @Test func rangesThatHoldNoVersion() throws {
        for text in [">=2.0 <1.0", ">1.0 <1.0", ">=1.0 <1.0", "[2.0,1.0]", "(1.0,1.0]", "=1.0 >1.0"] {
            #expect(try !VersionRange(text).isSatisfiable, "\(text)")
        }
        for text in [">=1.0 <=1.0", "[1.0]", ">=2.0 <1.0 || >=3.0", "^1.2.3", "*", "<1.0", "[1.0,)", "1.4.2", ">=1.0 >=2.0 <3.0"] {
            #expect(try VersionRange(text).isSatisfiable, "\(text)")
        }
    }

    @Test func semverRanges() throws {
        let range = try VersionRange(">= 7.11.0")
        #expect(!range.contains("7.10.2"))
        #expect(range.contains("7.11.0"))
        #expect(range.contains("8.0.0"))
        let bounded = try VersionRange(">=2.7 <3")
        #expect(bounded.contains("2.7.0") && bounded.contains("2.9.1") && !bounded.contains("3.0.0"))
        #expect(!bounded.contains("2.6.20"))
        let either = try VersionRange("<1.0 || >=2.0")
        #expect(either.contains("0.9") && either.contains("2.1") && !either.contains("1.5"))
        let caret = try VersionRange("^1.2.3")
        #expect(caret.contains("1.9.0") && !caret.contains("2.0.0") && !caret.contains("1.2.2"))
        let caretZero = try VersionRange("^0.2.3")
        #expect(caretZero.contains("0.2.9") && !caretZero.contains("0.3.0"))
        let tilde = try VersionRange("~1.2.3")
        #expect(tilde.contains("1.2.9") && !tilde.contains("1.3.0"))
        #expect(try VersionRange("1.2.3").contains("1.2.3.0"))
        #expect(try VersionRange("*").contains("0.0.1"))
        #expect(try VersionRange("> 1.0").contains("1.0.1"))
        #expect(!(try VersionRange("> 1.0").contains("1.0")))
    }

    @Test func mavenRanges() throws {
        let closedOpen = try VersionRange("[1.0,2.0)")
        #expect(closedOpen.contains("1.0") && closedOpen.contains("1.9.9") && !closedOpen.contains("2.0"))
        let openEnded = try VersionRange("[2.7,)")
        #expect(openEnded.contains("2.7.0") && openEnded.contains("10.0") && !openEnded.contains("2.6.20"))
        let upTo = try VersionRange("(,1.5.7]")
        #expect(upTo.contains("1.5.7") && !upTo.contains("1.6.0"))
        let exact = try VersionRange("[1.2.3]")
        #expect(exact.contains("1.2.3") && !exact.contains("1.2.4"))
        let union = try VersionRange("[1,2),[3,4)")
        #expect(union.contains("1.5") && union.contains("3.5") && !union.contains("2.5"))
        let openStart = try VersionRange("(1.0,2.0]")
        #expect(!openStart.contains("1.0") && openStart.contains("2.0"))
    }

    @Test(arguments: ["", ">=", ">= banana", "[1.0", "[1,2,3]", "(1.0)", "=> 1.0", ">=1 ||"])
    func invalidRangesThrow(_ text: String) {
        #expect(throws: RuleError.self) { try VersionRange(text) }
    }
}
