import Foundation
import Licenses
@testable import Policy
import SovScanModel
import Testing

/// Issue 14: `licenses.clarify` corrects a package's licence, with evidence that stops it when the licence file
/// changes; clarified licences are marked in SBOMs and in `explain`.
struct LicenseClarificationTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Data(repeating: 0x61, count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    static let enricher: LicenseEnricher? = try? LicenseEnricher(rulesDirectory: TestSupport.repositoryRoot.appendingPathComponent("Rules"))

    @Test func aClarificationReplacesTheConcludedLicenceUnlessItsEvidenceChanged() throws {
        let enricher = try #require(Self.enricher)
        let folder = try TestSupport.temporaryFolder()
        let licence = folder.appendingPathComponent("node_modules/@kommune/ui-kit/LICENSE")
        try FileManager.default.createDirectory(at: licence.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = "Licensed under the EUPL v1.2 by Kommune.\n"
        try Data(text.utf8).write(to: licence)
        let policyFile = folder.appendingPathComponent(".sovscan.yml")
        try Data("""
            licenses:
              clarify:
                - purl: "pkg:npm/@kommune/ui-kit"
                  versions: ">=3.0.0 <4.0.0"
                  license: eupl-1.2
                  reason: "the package.json has no licence; the LICENSE file is the EUPL"
                  evidence:
                    file: node_modules/@kommune/ui-kit/LICENSE
                    sha256: \(SHA256.hex(Data(text.utf8)))
            """.utf8).write(to: policyFile)
        let ids = PolicyLicenseIDs(normalizer: enricher.normalizer).normalize(try TestSupport.loader.load(path: policyFile.path))
        #expect(ids.errors.isEmpty)
        #expect(ids.policy.licenses.clarify.first?.license == "EUPL-1.2", "the expression is read by the manifests' resolver")
        let clarifications = ids.policy.licenses.clarify

        func inventory(_ version: String) -> Inventory {
            let purl = TestSupport.purl("pkg:npm/%40kommune/ui-kit@\(version)")
            let component = Component(purl: purl, ecosystem: .npm, group: "@kommune", name: "ui-kit", version: version,
                                      concludedLicense: ConcludedLicense(expression: nil, confidence: 0, reason: "no licence declared"),
                                      locations: [SovScanModel.SourceLocation(file: "package-lock.json", line: 12, column: 5)])
            return Inventory(systems: [SystemInventory(name: "portal", root: folder.path, components: [component])])
        }
        let clarified = LicenseClarifier(enricher: enricher).apply(clarifications, to: inventory("3.1.0"))
        let component = try #require(clarified.systems.first?.components.first)
        #expect(component.concludedLicense?.expression?.spdx == "EUPL-1.2")
        #expect(component.concludedLicense?.confidence == 1)
        #expect(component.concludedLicense?.isOSS == true && component.concludedLicense?.category == .strongCopyleft)
        let reason = component.concludedLicense?.reason ?? ""
        #expect(reason.hasPrefix("clarified by \(policyFile.path):3:"), "\(reason)")
        #expect(reason.contains(": the package.json has no licence; the LICENSE file is the EUPL; the metadata said nothing usable"), "\(reason)")
        #expect(component.properties["licence-clarified"]?.contains("the LICENSE file is the EUPL") == true)

        let outside = LicenseClarifier(enricher: enricher).apply(clarifications, to: inventory("4.0.0"))
        #expect(outside.systems.first?.components.first?.concludedLicense?.expression == nil, "4.0.0 is outside the range")

        try Data("Proprietary. All rights reserved.\n".utf8).write(to: licence)
        let changed = LicenseClarifier(enricher: enricher).apply(clarifications, to: inventory("3.1.0"))
        #expect(changed.systems.first?.components.first?.concludedLicense?.expression == nil)
        let warning = try #require(changed.systems.first?.diagnostics.first)
        #expect(warning.severity == .warning && warning.location?.line == 3)
        #expect(warning.message.contains("does not apply: its evidence file node_modules/@kommune/ui-kit/LICENSE changed"))
    }

    @Test func clarificationsAreValidated() throws {
        let enricher = try #require(Self.enricher)
        let policy = try TestSupport.load("licenses:\n  clarify:\n    - purl: pkg:npm/x\n      license: MTI OR Apache-2.0\n      reason: r\n")
        let errors = PolicyLicenseIDs(normalizer: enricher.normalizer).normalize(policy).errors
        #expect(errors.first?.key == "licenses.clarify[0].license" && errors.first?.message.hasSuffix("did you mean 'MIT'?") == true)
        #expect(try TestSupport.loadError("licenses:\n  clarify:\n    - purl: pkg:npm/x\n      license: MIT\n")?.message.contains("'reason'") == true)
        #expect(try TestSupport.loadError("licenses:\n  clarify:\n    - purl: pkg:npm/x\n      license: MIT\n      reason: r\n      evidence: { file: LICENSE, sha256: abc }\n")?
            .message.contains("not a SHA-256") == true)
    }
}

/// The same through the command line: check, scan's CycloneDX and explain all show the clarified licence.
struct LicenseClarificationCommandTests {
    let cli = CheckCommandTests()

    @Test func scanCheckAndExplainUseTheClarifiedLicence() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sagsportal")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("unknown-licences"), to: folder)
        try cli.write("""
            licenses:
              allow: [permissive, weak-copyleft, strong-copyleft]
              unknown: deny
              clarify:
                - purl: "pkg:npm/@kommune/*"
                  license: EUPL-1.2
                  reason: "the municipality's own registry publishes every @kommune package under the EUPL (decision 2025-04)"
            """, to: folder.appendingPathComponent(".sovscan.yml"))
        let check = try cli.run(["check", "--format", "json"], in: folder)
        let document = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let failing = (document?["findings"] as? [[String: Any]] ?? []).filter { $0["fails"] as? Bool == true }
        #expect(failing.compactMap { $0["component"] as? String } == ["pkg:npm/%40azure/storage-blob@12.17.0"],
                "only the Azure SDK is still of unknown licence: \(check.stdout)")

        let scan = try cli.run(["scan", ".", "--format", "cyclonedx:bom.json", "--quiet"], in: folder)
        #expect(scan.status == 0, "\(scan.stderr)")
        let bom = try String(contentsOf: folder.appendingPathComponent("bom.json"), encoding: .utf8)
        #expect(bom.contains("\"name\" : \"sovscan:licence-clarified\""))
        #expect(bom.contains(".sovscan.yml:5:7: the municipality's own registry publishes every @kommune package under the EUPL"))

        let explain = try cli.run(["explain", "pkg:npm/@kommune/ui-kit", "."], in: folder)
        #expect(explain.stdout.contains("EUPL-1.2 (confidence 1.00)"), "\(explain.stdout)\(explain.stderr)")
        #expect(explain.stdout.contains("because       clarified by .sovscan.yml:5:7"))
    }
}
