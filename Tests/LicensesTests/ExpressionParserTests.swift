import Licenses
import SovScanModel
import Testing

@Suite("SPDX expression grammar")
struct ExpressionParserTests {
    private func parse(_ text: String) throws -> LicenseExpression { try LicenseExpressionParser.parse(text) }

    private func error(_ text: String) -> LicenseExpressionError? {
        do {
            _ = try LicenseExpressionParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func singleLicence() throws {
        #expect(try parse("MIT") == .license(id: "MIT"))
        #expect(try parse("  Apache-2.0 ") == .license(id: "Apache-2.0"))
    }

    @Test func orLaterPlus() throws {
        #expect(try parse("GPL-2.0+") == .license(id: "GPL-2.0", orLater: true))
        #expect(try parse("Apache-1.0+").spdx == "Apache-1.0+")
    }

    @Test func withException() throws {
        #expect(try parse("GPL-2.0-only WITH Classpath-exception-2.0")
            == .license(id: "GPL-2.0-only", exception: "Classpath-exception-2.0"))
        #expect(try parse("GPL-2.0+ with Bison-exception-2.2")
            == .license(id: "GPL-2.0", orLater: true, exception: "Bison-exception-2.2"))
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try parse("MIT OR Apache-2.0 AND BSD-3-Clause")
            == .or([.license(id: "MIT"), .and([.license(id: "Apache-2.0"), .license(id: "BSD-3-Clause")])]))
        #expect(try parse("MIT AND Apache-2.0 OR BSD-3-Clause")
            == .or([.and([.license(id: "MIT"), .license(id: "Apache-2.0")]), .license(id: "BSD-3-Clause")]))
    }

    @Test func withBindsTighterThanAnd() throws {
        #expect(try parse("MIT AND GPL-2.0-only WITH Classpath-exception-2.0")
            == .and([.license(id: "MIT"), .license(id: "GPL-2.0-only", exception: "Classpath-exception-2.0")]))
    }

    @Test func parenthesesOverridePrecedence() throws {
        let expression = try parse("(MIT OR Apache-2.0) AND BSD-3-Clause")
        #expect(expression == .and([.or([.license(id: "MIT"), .license(id: "Apache-2.0")]), .license(id: "BSD-3-Clause")]))
        #expect(expression.spdx == "(MIT OR Apache-2.0) AND BSD-3-Clause")
        #expect(try parse("((MIT))") == .license(id: "MIT"))
    }

    @Test func sameOperatorIsFlattened() throws {
        #expect(try parse("MIT AND (ISC AND Zlib)") == .and([.license(id: "MIT"), .license(id: "ISC"), .license(id: "Zlib")]))
        #expect(try parse("(MIT OR ISC) OR Zlib").spdx == "MIT OR ISC OR Zlib")
    }

    @Test func operatorsInAnyCase() throws {
        #expect(try parse("mit or apache-2.0 and isc").spdx == "mit OR apache-2.0 AND isc")
        #expect(try parse("GPL-3.0-only With GCC-exception-3.1").spdx == "GPL-3.0-only WITH GCC-exception-3.1")
    }

    @Test func references() throws {
        #expect(try parse("LicenseRef-Proprietary-1") == .license(id: "LicenseRef-Proprietary-1"))
        #expect(try parse("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2 OR MIT")
            == .or([.license(id: "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"), .license(id: "MIT")]))
    }

    @Test func printerRoundTrips() throws {
        for text in ["MIT", "MIT OR Apache-2.0", "(MIT OR ISC) AND Zlib", "GPL-2.0-or-later WITH Classpath-exception-2.0",
                     "MIT AND (ISC OR Zlib) AND BSD-2-Clause", "Apache-1.0+ OR MIT"] {
            #expect(try parse(text).spdx == text)
            #expect(try parse(try parse(text).spdx) == (try parse(text)))
        }
    }

    @Test func errorsSayWhere() {
        let cases: [(String, Int, String)] = [
            ("", 0, "empty"),
            ("   ", 0, "empty"),
            ("(MIT OR ISC", 0, "unbalanced '('"),
            ("MIT OR ISC)", 10, "unbalanced ')'"),
            ("MIT OR", 6, "expected a licence id"),
            ("MIT AND AND ISC", 8, "found AND"),
            ("OR MIT", 0, "found OR"),
            ("MIT ISC", 4, "unexpected 'ISC'"),
            ("MIT WITH", 8, "exception id after WITH"),
            ("MIT WITH (ISC)", 9, "exception id after WITH"),
            ("(MIT OR ISC) WITH Classpath-exception-2.0", 0, "WITH must follow a single licence"),
            ("MIT/Apache-2.0", 3, "unexpected character '/'"),
            ("GPL-2.0++", 8, "unexpected character '+'"),
            ("MIT + ISC", 4, "'+' must follow"),
            ("Apache 2.0", 7, "unexpected '2.0'"),
            ("foo:bar", 0, "DocumentRef"),
        ]
        for (text, offset, fragment) in cases {
            let failure = error(text)
            #expect(failure?.offset == offset, "\(text): \(String(describing: failure))")
            #expect(failure?.message.contains(fragment) == true, "\(text): \(String(describing: failure))")
        }
    }

    @Test func deepNestingIsRefusedNotRecursed() {
        let deep = String(repeating: "(", count: 10_000) + "MIT" + String(repeating: ")", count: 10_000)
        #expect(error(deep)?.message.contains("nested too deeply") == true)
        let fine = String(repeating: "(", count: 50) + "MIT" + String(repeating: ")", count: 50)
        #expect(error(fine) == nil)
    }
}

@Suite("Expression resolution")
struct ExpressionResolverTests {
    private func resolve(_ text: String) throws -> ResolvedExpression {
        try TestSupport.enricher().normalizer.resolver.parse(text)
    }

    @Test func deprecatedIdsAreReplaced() throws {
        #expect(try resolve("GPL-2.0").expression.spdx == "GPL-2.0-only")
        #expect(try resolve("GPL-2.0+").expression.spdx == "GPL-2.0-or-later")
        #expect(try resolve("LGPL-2.1+").expression.spdx == "LGPL-2.1-or-later")
        #expect(try resolve("GPL-2.0-with-classpath-exception").expression.spdx
            == "GPL-2.0-only WITH Classpath-exception-2.0")
        #expect(try resolve("GPL-2.0-with-font-exception+").expression.spdx
            == "GPL-2.0-or-later WITH Font-exception-2.0")
        #expect(try resolve("StandardML-NJ").expression.spdx == "SMLNJ")
        #expect(try resolve("GPL-2.0-only+").expression.spdx == "GPL-2.0-or-later")
        #expect(try resolve("GPL-3.0-or-later+").expression.spdx == "GPL-3.0-or-later")
        #expect(try !resolve("GPL-2.0").changes.isEmpty)
    }

    @Test func idsTakeCanonicalSpelling() throws {
        let resolved = try resolve("mit or APACHE-2.0 and gpl-2.0-only with classpath-EXCEPTION-2.0")
        #expect(resolved.expression.spdx == "MIT OR Apache-2.0 AND GPL-2.0-only WITH Classpath-exception-2.0")
        #expect(resolved.isFullyKnown)
        #expect(try resolve("licenseref-foo").expression.spdx == "LicenseRef-foo")
        #expect(try resolve("licenseref-commons-clause").expression.spdx == "LicenseRef-Commons-Clause")
        #expect(try resolve("documentref-a:licenseref-b").expression.spdx == "DocumentRef-a:LicenseRef-b")
    }

    @Test func unknownIdsAreReported() throws {
        let resolved = try resolve("MIT OR Foo-1.0 WITH Bar-exception")
        #expect(resolved.unknownIDs == ["Foo-1.0"])
        #expect(resolved.unknownExceptions == ["Bar-exception"])
        #expect(!resolved.isFullyKnown)
        #expect(resolved.expression.spdx == "MIT OR Foo-1.0 WITH Bar-exception")
    }
}
