import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, pattern 3: `sovscan rules check --packages` warns about globs that reach other vendors' packages.
@Suite struct PatternAuditTests {
    @Test func aGlobOverAnotherVendorsPackageIsReported() throws {
        let rules = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules
        // util (eu-foundation) has the glob pkg:npm/util-*; the overlap layer gives util-fs to acme.
        let (layered, diagnostics) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base"),
                                                                ruleFixtures.appendingPathComponent("overlap")])
        #expect(diagnostics.isEmpty)
        let packages = try ["pkg:npm/util-fs@1.0.0", "pkg:npm/util-a@1.0.0", "pkg:npm/ui-kit@2.0.0"]
            .map { try PackageURL(parsing: $0) }
        let warnings = PatternAudit(rules: layered).crossVendorWarnings(packages: packages)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        // acme-fs names util-fs exactly, so it decides: the glob is only shadowed there.
        #expect(warning.severity == .note)
        #expect(warning.message == "technology 'util' (vendor eu-foundation): pattern pkg:npm/util-* is overridden "
                + "by more specific rules of other vendors for pkg:npm/util-fs (acme)")
        #expect(warning.location?.file.hasSuffix("base/technologies/base.yml") == true)
        // Without the other vendor's rule nothing is reported.
        #expect(PatternAudit(rules: rules).crossVendorWarnings(packages: packages).isEmpty)
    }

    @Test func aGlobThatDecidesAnotherVendorsPackageIsAWarning() throws {
        let family = TechnologyRule(id: "acme-family", name: "Acme family", level: nil, vendor: "acme",
                                    patterns: [PatternSpec(pattern: try PurlPattern("pkg:npm/acme-*"))])
        let everything = TechnologyRule(id: "catch-all", name: "Catch-all", level: nil, vendor: "eu-foundation",
                                        patterns: [PatternSpec(pattern: try PurlPattern("pkg:npm/*"))])
        let rules = RuleSet(technologies: [family, everything])
        let warnings = PatternAudit(rules: rules).crossVendorWarnings(packages: [try PackageURL(parsing: "pkg:npm/acme-db@1.0.0")])
        #expect(warnings.count == 2)
        let decides = try #require(warnings.first { $0.message.hasPrefix("technology 'acme-family'") })
        #expect(decides.severity == .warning)
        #expect(decides.message == "technology 'acme-family' (vendor acme): pattern pkg:npm/acme-* also matches "
                + "packages other rules give other vendors: pkg:npm/acme-db (eu-foundation)")
        let shadowed = try #require(warnings.first { $0.message.hasPrefix("technology 'catch-all'") })
        #expect(shadowed.severity == .note)
        #expect(shadowed.message == "technology 'catch-all' (vendor eu-foundation): pattern pkg:npm/* is overridden "
                + "by more specific rules of other vendors for pkg:npm/acme-db (acme)")
    }
}
