import Foundation
import Licenses
import Testing

/// Identification of every SPDX licence and exception text, perturbed as real licence files are. Needs the
/// licence texts of `../shared/spdx` (they are not in the repository); skipped with a printed reason without them.
@Suite("SPDX corpus identification")
struct SPDXCorpusTests {
    enum Perturbation: String, CaseIterable {
        /// Line breaks moved: the whole text re-wrapped at 60 columns.
        case reflowed
        /// A different copyright line and "All rights reserved." above the text.
        case otherCopyright = "other-copyright"
        /// A markdown title, list marks and bold lines.
        case markdown
        /// All three at once, on the text without its optional parts.
        case combined

        func apply(_ text: String, name: String) -> String {
            switch self {
            case .reflowed:
                var lines: [String] = []
                var line = ""
                for word in text.split(whereSeparator: \.isWhitespace) {
                    if line.count + word.count > 60, !line.isEmpty {
                        lines.append(line)
                        line = ""
                    }
                    line += (line.isEmpty ? "" : " ") + word
                }
                lines.append(line)
                return lines.joined(separator: "\n")
            case .otherCopyright:
                return "Copyright (c) 2019-2024 Example Holdings A/S <legal@example.dk>\nAll rights reserved.\n\n" + text
            case .markdown:
                let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                var out = ["# \(name)", ""]
                for (number, line) in lines.enumerated() {
                    switch number % 3 {
                    case 0: out.append("- " + line)
                    case 1: out.append("**" + line + "**")
                    default: out.append(line)
                    }
                }
                out.append("\n---")
                return out.joined(separator: "\n")
            case .combined:
                let reflowed = Perturbation.reflowed.apply(text, name: name)
                return Perturbation.markdown.apply(Perturbation.otherCopyright.apply(reflowed, name: name), name: name)
            }
        }
    }

    static func entries(keepOptional: Bool = true) -> [SPDXTemplateText.Entry] {
        guard let shared = TestSupport.sharedSPDX else { return [] }
        let folder = shared.appendingPathComponent("license-list-XML-src")
        var files: [URL] = []
        for sub in [folder, folder.appendingPathComponent("exceptions")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: sub.path)) ?? []
            files += names.filter { $0.hasSuffix(".xml") }.sorted().map { sub.appendingPathComponent($0) }
        }
        return files.compactMap { SPDXTemplateText.read($0, keepOptional: keepOptional) }.filter { !$0.deprecated }
    }

    /// The generator (Python) and the identifier (Swift) normalise alike: an unchanged SPDX text is found by its
    /// whole-text hash, not by similarity.
    @Test func generatorAndIdentifierNormaliseAlike() throws {
        let entries = Self.entries()
        guard !entries.isEmpty else {
            print("SKIPPED generatorAndIdentifierNormaliseAlike: ../shared/spdx (SPDX licence texts) is not present")
            return
        }
        let identifier = try TestSupport.enricher().identifier
        let different = entries.filter { entry in
            let result = identifier.identify(Array(entry.text.utf8))
            return !(result.reason.hasPrefix("text is exactly") && result.confidence == 1)
        }.map(\.id)
        #expect(different.isEmpty, "not found by exact hash: \(different.joined(separator: ", "))")
    }

    /// A COPYING file with the GPL and the Classpath exception under it, and one with two licences.
    @Test func licenceWithExceptionAndTwoLicencesInOneFile() throws {
        guard let shared = TestSupport.sharedSPDX else {
            print("SKIPPED licenceWithExceptionAndTwoLicencesInOneFile: ../shared/spdx is not present")
            return
        }
        let folder = shared.appendingPathComponent("license-list-XML-src")
        let identifier = try TestSupport.enricher().identifier
        func text(_ path: String) throws -> String {
            try #require(SPDXTemplateText.read(folder.appendingPathComponent(path))).text
        }
        let gpl = try text("GPL-2.0-only.xml")
        let classpath = try text("exceptions/Classpath-exception-2.0.xml")
        let combined = identifier.identify(Array((gpl + "\n\nCLASSPATH EXCEPTION\n\n" + classpath).utf8))
        #expect(combined.expression?.spdx == "GPL-2.0-only WITH Classpath-exception-2.0", "\(combined.reason)")
        let twoLicences = identifier.identify(Array((try text("Apache-2.0.xml") + "\n\n---\n\n" + text("MIT.xml")).utf8))
        #expect(twoLicences.expression?.spdx == "Apache-2.0 AND MIT", "\(twoLicences.reason)")
    }

    @Test func everySPDXTextIsIdentifiedWhenPerturbed() throws {
        let entries = Self.entries()
        guard !entries.isEmpty else {
            print("SKIPPED everySPDXTextIsIdentifiedWhenPerturbed: ../shared/spdx (SPDX licence texts) is not present")
            return
        }
        let identifier = try TestSupport.enricher().identifier
        let withoutOptional = Self.entries(keepOptional: false)
        for perturbation in Perturbation.allCases {
            let entries = perturbation == .combined ? withoutOptional : entries
            var correct = 0
            var unknown: [String] = []
            var wrong: [String] = []
            for entry in entries {
                let text = perturbation.apply(entry.text, name: entry.name)
                let result = identifier.identify(Array(text.utf8))
                let accepted = { (match: LicenseTextMatch) in match.id == entry.id || match.alsoMatches.contains(entry.id) }
                if let first = result.matches.first, accepted(first) {
                    correct += 1
                } else if result.matches.isEmpty {
                    unknown.append(entry.id)
                }
                let others = result.matches.filter { !accepted($0) }.map(\.id)
                if !others.isEmpty { wrong.append("\(entry.id) -> \(others.joined(separator: ", "))") }
            }
            let rate = Double(correct) / Double(entries.count)
            print("SPDX corpus, \(perturbation.rawValue): \(correct)/\(entries.count) identified (\(String(format: "%.2f", rate * 100))%), "
                + "\(unknown.count) unknown, \(wrong.count) with a wrong id; unknown: \(unknown.prefix(20).joined(separator: " ")); "
                + "wrong: \(wrong.prefix(20).joined(separator: "; "))")
            #expect(rate >= 0.99, "\(perturbation.rawValue): \(rate)")
            #expect(wrong.isEmpty, "\(perturbation.rawValue): \(wrong.joined(separator: "; "))")
        }
    }
}
