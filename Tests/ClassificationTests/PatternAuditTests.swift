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
        #expect(warning.severity == .warning)
        #expect(warning.message == "technology 'util' (vendor eu-foundation): pattern pkg:npm/util-* also matches "
                + "packages other rules give other vendors: pkg:npm/util-fs (acme)")
        #expect(warning.location?.file.hasSuffix("base/technologies/base.yml") == true)
        // Without the other vendor's rule nothing is reported.
        #expect(PatternAudit(rules: rules).crossVendorWarnings(packages: packages).isEmpty)
    }
}
