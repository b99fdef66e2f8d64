import Classification
import Foundation
import Policy
import SovScanModel
import Testing

/// Issue 15: `platforms:` in `.sovscan.yml` declares the provider really behind a binding; the policy file reads it
/// strictly and `check` refuses declarations the rules cannot resolve.
struct PlatformsPolicyTests {
    private func policyFile(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("platforms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(".sovscan.yml")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    private let references = PolicyReferences(
        vendors: [Vendor(id: "deutsche-telekom", name: "Deutsche Telekom AG", country: "DE", bloc: .eu,
                         governance: .company, sources: ["https://www.telekom.com"])],
        bindings: [BindingRule(id: "aws", platform: "AWS", vendor: "amazon", kind: .cloud, proprietary: true, patterns: [])])

    @Test func declarationsAreReadWithTheirLines() throws {
        let file = try policyFile("""
            licenses: { unknown: warn }
            platforms:
              - binding: AWS
                provider: Open Telekom Cloud
                vendor: deutsche-telekom
            """)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let policy = try TestSupport.loader.load(path: file)
        #expect(policy.platforms.map(\.provider) == ["Open Telekom Cloud"])
        #expect(policy.platforms.first?.vendor == "deutsche-telekom")
        #expect(policy.platforms.first?.location?.line == 3)
        #expect(references.problems(policy).isEmpty)
    }

    @Test func unknownBindingsAndVendorsAreConfigurationErrors() throws {
        let file = try policyFile("""
            platforms:
              - { binding: aws, provider: OTC, vendor: telekom }
              - { binding: s3, provider: OTC, country: DE }
            """)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let problems = references.problems(try TestSupport.loader.load(path: file))
        #expect(problems.map(\.key) == ["platforms[0].vendor", "platforms[1].binding"])
        #expect(problems.map(\.line) == [2, 3])
        #expect(problems[1].message.hasPrefix("'s3' is not a binding id or platform of the rules; platforms are AWS"))
    }

    @Test func aMalformedDeclarationStopsTheLoad() throws {
        let file = try policyFile("""
            platforms:
              - binding: aws
                provider: OTC
                country: Germany
            """)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        #expect {
            try TestSupport.loader.load(path: file)
        } throws: { error in
            guard let error = error as? PolicyError else { return false }
            return error.line == 4 && error.key == "platforms" && error.message.contains("'Germany' is not an ISO 3166-1")
        }
    }
}
