import Foundation
import Licenses
import SovScanModel
import Testing

@Suite("Declared licence normalisation")
struct NormalizerTests {
    struct Row: CustomStringConvertible {
        let line: Int
        let text: String
        let url: String?
        let expected: String
        let minimumConfidence: Double
        var description: String { "line \(line): '\(text)' \(url ?? "")" }
    }

    static func rows() throws -> [Row] {
        let text = try String(
            contentsOf: TestSupport.fixtures.appendingPathComponent("declared/real-world.tsv"), encoding: .utf8)
        var rows: [Row] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 4, let confidence = Double(columns[3]) else {
                throw FixtureError(message: "real-world.tsv line \(number + 1): expected 4 columns")
            }
            rows.append(Row(
                line: number + 1, text: columns[0], url: columns[1].isEmpty ? nil : columns[1], expected: columns[2],
                minimumConfidence: confidence))
        }
        return rows
    }

    struct FixtureError: Error { let message: String }

    @Test func atLeast150RealWorldStrings() throws {
        #expect(try Self.rows().count >= 150)
    }

    @Test func realWorldStringsMapToTheExpectedSPDX() throws {
        let normalizer = try TestSupport.enricher().normalizer
        var failures: [String] = []
        for row in try Self.rows() {
            let result = normalizer.normalize(text: row.text, url: row.url)
            let got = result.expression?.spdx ?? "UNKNOWN"
            if got != row.expected {
                failures.append("\(row): expected \(row.expected), got \(got) (\(result.reason))")
            } else if row.expected == "UNKNOWN" {
                if result.confidence != 0 { failures.append("\(row): unknown with confidence \(result.confidence)") }
            } else if result.confidence < row.minimumConfidence {
                failures.append("\(row): confidence \(result.confidence) < \(row.minimumConfidence) (\(result.reason))")
            }
            if result.raw != row.text { failures.append("\(row): raw text not kept") }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches:\n\(failures.joined(separator: "\n"))")
    }

    @Test func unlicensedIsProprietaryNotUnencumbered() throws {
        let enricher = try TestSupport.enricher()
        let result = enricher.normalizer.normalize(text: "UNLICENSED")
        let expression = try #require(result.expression)
        #expect(enricher.category(of: expression) == .proprietary)
        #expect(enricher.isOSS(expression) == .no)
        #expect(enricher.normalizer.normalize(text: "Unlicense").expression?.spdx == "Unlicense")
    }

    @Test func seeLicenseInNamesTheFile() throws {
        let normalizer = try TestSupport.enricher().normalizer
        let result = normalizer.normalize(text: "SEE LICENSE IN LICENSE.md")
        #expect(result.fileReference == "LICENSE.md")
        #expect(result.expression == nil)
        #expect(normalizer.normalize(text: "see licence in ./docs/TERMS.txt").fileReference == "./docs/TERMS.txt")
    }

    @Test func emptyAndGarbageAreUnknownWithAReason() throws {
        let normalizer = try TestSupport.enricher().normalizer
        for text in ["", "   ", "(((", "MIT OR", "\u{0}\u{1}binary", String(repeating: "x", count: 100_000)] {
            let result = normalizer.normalize(text: text)
            #expect(result.expression == nil, "\(text.prefix(20))")
            #expect(result.confidence == 0)
            #expect(!result.reason.isEmpty)
        }
    }

    @Test func nameAndURLDisagreeingKeepsTheSurerOne() throws {
        let normalizer = try TestSupport.enricher().normalizer
        let result = normalizer.normalize(text: "BSD", url: "https://opensource.org/licenses/BSD-2-Clause")
        #expect(result.expression?.spdx == "BSD-2-Clause")
        #expect(result.reason.contains("LicenseRef-BSD-Unspecified"), "the name alone says BSD without a clause count")
    }
}

@Suite("Categories and OSS")
struct ClassifierTests {
    private func expression(_ text: String) throws -> LicenseExpression {
        try TestSupport.enricher().normalizer.resolver.parse(text).expression
    }

    @Test func categoriesOfSingleLicences() throws {
        let enricher = try TestSupport.enricher()
        let expected: [String: LicenseCategory] = [
            "MIT": .permissive, "Apache-2.0": .permissive, "BSD-3-Clause": .permissive, "ISC": .permissive,
            "LGPL-2.1-only": .weakCopyleft, "MPL-2.0": .weakCopyleft, "EPL-2.0": .weakCopyleft, "CDDL-1.1": .weakCopyleft,
            "GPL-2.0-only": .strongCopyleft, "GPL-3.0-or-later": .strongCopyleft, "AGPL-3.0-only": .networkCopyleft,
            "CC0-1.0": .publicDomain, "Unlicense": .publicDomain, "BUSL-1.1": .sourceAvailable,
            "SSPL-1.0": .sourceAvailable, "Elastic-2.0": .sourceAvailable, "PolyForm-Noncommercial-1.0.0": .sourceAvailable,
            "FSL-1.1-MIT": .sourceAvailable, "LicenseRef-Commons-Clause": .sourceAvailable,
            "LicenseRef-RSAL-2.0": .sourceAvailable, "LicenseRef-Confluent-Community-1.0": .sourceAvailable,
            "LicenseRef-PolyForm-Shield-1.0.0": .sourceAvailable, "LicenseRef-UNLICENSED": .proprietary,
            "SSPL-1.0 OR LicenseRef-Elastic-License-2.0": .sourceAvailable, "LicenseRef-RSALv2": .sourceAvailable,
            "LicenseRef-not-known": .unknown, "Foo-1.0": .unknown,
            "GPL-2.0-only WITH Classpath-exception-2.0": .weakCopyleft, "GPL-3.0-only WITH GCC-exception-3.1": .weakCopyleft,
            "GPL-2.0-only WITH Font-exception-2.0": .weakCopyleft,
        ]
        for (text, category) in expected {
            #expect(enricher.category(of: try expression(text)) == category, "\(text)")
        }
    }

    @Test func everySPDXLicenceHasACategory() throws {
        let list = try TestSupport.enricher().normalizer.resolver.list
        let all = list.allLicenses
        #expect(all.count > 700)
        #expect(all.allSatisfy { $0.category != .unknown })
    }

    @Test func categoriesOfExpressions() throws {
        let enricher = try TestSupport.enricher()
        let expected: [String: LicenseCategory] = [
            "MIT OR GPL-3.0-only": .permissive,
            "MIT AND GPL-3.0-only": .strongCopyleft,
            "(MIT OR GPL-2.0-only) AND LGPL-2.1-only": .weakCopyleft,
            "GPL-2.0-only OR LicenseRef-unknown": .unknown,
            "MIT OR LicenseRef-unknown": .permissive,
            "MIT AND LicenseRef-unknown": .unknown,
            "LicenseRef-UNLICENSED AND LicenseRef-unknown": .proprietary,
            "Apache-2.0 AND LicenseRef-Commons-Clause": .sourceAvailable,
            "CC0-1.0 OR MIT": .publicDomain,
            "BUSL-1.1 OR AGPL-3.0-only": .networkCopyleft,
        ]
        for (text, category) in expected {
            #expect(enricher.category(of: try expression(text)) == category, "\(text)")
        }
    }

    @Test func ossIsSatisfiability() throws {
        let enricher = try TestSupport.enricher()
        let expected: [String: OSSStatus] = [
            "MIT": .yes, "GPL-3.0-only": .yes, "CC0-1.0": .yes, "BUSL-1.1": .no, "SSPL-1.0": .no,
            "MIT OR GPL-3.0-only": .yes, "MIT OR BUSL-1.1": .yes, "BUSL-1.1 OR SSPL-1.0": .no,
            "MIT AND BUSL-1.1": .no, "MIT AND Apache-2.0": .yes,
            "Apache-2.0 AND LicenseRef-Commons-Clause": .no, "LicenseRef-UNLICENSED": .no,
            "GPL-2.0-only WITH Classpath-exception-2.0": .yes,
            "LicenseRef-mystery": .unknown, "MIT OR LicenseRef-mystery": .yes, "MIT AND LicenseRef-mystery": .unknown,
            "BUSL-1.1 AND LicenseRef-mystery": .no, "BUSL-1.1 OR LicenseRef-mystery": .unknown,
            "PSF-2.0": .yes,
        ]
        for (text, status) in expected {
            #expect(enricher.isOSS(try expression(text)) == status, "\(text)")
        }
    }

    @Test func deprecatedAndOSIFlagsComeFromSPDX() throws {
        let list = try TestSupport.enricher().normalizer.resolver.list
        #expect(list.license("MIT")?.osi == true)
        #expect(list.license("GPL-2.0")?.deprecated == true)
        #expect(list.license("GPL-2.0-only")?.deprecated == false)
        #expect(list.license("BUSL-1.1")?.isOSS == false)
        #expect(list.license("WTFPL")?.fsf == true)
        #expect(list.exception("classpath-exception-2.0")?.id == "Classpath-exception-2.0")
    }
}
