import Classification
import Foundation
@testable import Reporting
import SovScanModel
import Testing

/// The scan JSON's classifications are written member by member (`ClassificationJSONLayout`); these
/// classifications reach every optional member, both ways, and the bytes must be those Foundation's `JSONEncoder`
/// gives for the `Encodable` document.
struct ClassificationJSONLayoutTests {
    private static let inventory = TestInventories.rich()

    private func foundation(_ classifications: [ClassifiedSystem]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = ScanJSONWriter.Document(
            schema: ScanJSONWriter.schema, tool: "sovscan \(TestInventories.context.toolVersion)",
            timestamp: TestInventories.context.isoTimestamp, incomplete: Self.inventory.isIncomplete,
            inventory: Self.inventory, classifications: classifications, analysis: nil)
        return Array(try encoder.encode(document)) + [0x0A]
    }

    private func written(_ classifications: [ClassifiedSystem]) throws -> [UInt8] {
        let input = ReportInput(inventory: Self.inventory, classifications: classifications)
        return Array(try ScanJSONWriter().write(input, context: TestInventories.context))
    }

    /// A classification with every member set (a declared binding, two relicensing events, decisions with and
    /// without rule and location) and one with every optional member unset.
    static func everyMember() throws -> ClassifiedSystem {
        let amazon = TestReports.vendor("Amazon", country: "US", bloc: .us, governance: .company)
        let telekom = TestReports.vendor("Deutsche Telekom", country: nil, bloc: .eu, governance: .company)
        let declaration = PlatformDeclaration(binding: "aws-s3", provider: "Open Telekom Cloud", country: "DE",
                                              vendor: "deutsche-telekom", proprietary: false, note: "S3-compatible",
                                              location: SourceLocation(file: ".sovscan.yml", line: 4, column: 5))
        let binding = BindingFacts(rule: "aws-s3", platform: "Open Telekom Cloud", kind: .cloud,
                                   proprietary: false, vendor: telekom, declaration: declaration,
                                   inferredPlatform: "Amazon Web Services",
                                   optional: OptionalBinding(role: "object storage", alternatives: ["minio"],
                                                             sources: ["https://min.io/docs"]),
                                   developmentOnly: true)
        let events = try [("akka-bsl", false), ("akka-apache", true)].map { id, ossAfter in
            AppliedRelicensing(RelicensingEvent(
                id: id, project: "Akka", vendor: nil,
                patterns: [PatternSpec(pattern: try PurlPattern("pkg:maven/com.typesafe.akka/*"))],
                versions: try VersionRange(">= 2.7.0"), from: "Apache-2.0", to: "BUSL-1.1", ossAfter: ossAfter,
                date: "2022-09-07", sources: ["https://example.org/a", "https://example.org/b"]))
        }
        var full = Classification(
            purl: TestInventories.purl("pkg:maven/software.amazon.awssdk/s3@2.25.0"), level: .cloudHosting,
            technology: "AWS SDK \u{1}\"é\"", technologyRule: "aws-sdk", vendor: amazon, bloc: .us, governance: .company,
            binding: binding, relicensing: events, license: LicenseFacts(category: .permissive, isOSS: true),
            isFirstParty: false, ships: true, seal: 0,
            explanation: [
                Decision(fact: "level", value: "cloud-hosting", reason: "the SDK of a cloud", rule: "aws-sdk",
                         location: SourceLocation(file: "Rules/technologies/aws.yml", line: 3)),
                Decision(fact: "vendor", value: "Amazon", reason: "by the group"),
            ])
        full.countedUnder = "Amazon S3"
        full.statedLicense = "Apache-2.0"
        let bare = Classification(
            purl: TestInventories.purl("pkg:npm/left-pad@1.3.0"), level: nil, technology: "left-pad", technologyRule: nil,
            vendor: nil, bloc: .unknown, governance: nil, binding: nil, relicensing: [], license: .unknown,
            isFirstParty: true, ships: false, seal: nil, explanation: [])
        // A country too, so that every member of the presumed vendor is set.
        var independent = TestReports.vendor("Independent open-source maintainers", country: "NO", bloc: .unknown,
                                             governance: .community)
        independent.presumed = true
        let presumed = Classification(
            purl: TestInventories.purl("pkg:npm/tiny-kit@1.0.0"), level: .frontend, technology: "tiny-kit",
            technologyRule: nil, vendor: independent, bloc: .unknown, governance: .community, binding: nil,
            relicensing: [], license: .unknown, isFirstParty: false, ships: true, seal: nil, explanation: [])
        return ClassifiedSystem(name: "every member", classifications: [full, bare, presumed])
    }

    @Test func everyMemberMatchesFoundation() throws {
        let systems = [try Self.everyMember(), ClassifiedSystem(name: "", classifications: [])]
        let bytes = try written(systems)
        #expect(bytes == (try foundation(systems)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"inferredPlatform\" : \"Amazon Web Services\""))
        #expect(text.contains("\"countedUnder\" : \"Amazon S3\""))
        #expect(text.contains("\"seal\" : 0"))
        #expect(text.contains("\"presumed\" : true"))
    }

    @Test func sampleClassificationsMatchFoundation() throws {
        let systems = [TestReports.classified()]
        #expect(try written(systems) == (try foundation(systems)))
    }
}

/// The layout is written by hand: a stored property added to a classification type must get a line in it. Every
/// stored property (as `Mirror` lists them, shared values under their coded names) of a fully set value must be a
/// key of its written object.
struct ClassificationJSONLayoutCompletenessTests {
    private static func keys(of object: Any?) -> Set<String> {
        Set((object as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// The stored properties; `sharedVendor`, `sharedBinding` and a decision's `basis` are coded as what they hold.
    private static func storedProperties(of value: Any) -> Set<String> {
        let renamed = ["sharedVendor": ["vendor"], "sharedBinding": ["binding"],
                       "basis": ["fact", "reason", "rule", "location"]]
        return Set(Mirror(reflecting: value).children.compactMap(\.label).flatMap { renamed[$0] ?? [$0] })
    }

    @Test func everyStoredPropertyIsWritten() throws {
        // The first classification sets every member, the third a presumed vendor.
        let system = try ClassificationJSONLayoutTests.everyMember()
        let classification = system.classifications[0]
        let input = ReportInput(inventory: TestInventories.rich(), classifications: [system])
        let data = try ScanJSONWriter().write(input, context: TestInventories.context)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let writtenSystem = try #require((document["classifications"] as? [[String: Any]])?.first)
        let written = try #require((writtenSystem["classifications"] as? [[String: Any]])?.first)
        let binding = try #require(written["binding"] as? [String: Any])
        let pairs: [(value: Any, written: Any?)] = [
            (system, writtenSystem),
            (classification, written),
            (try #require(classification.binding), binding),
            (try #require(classification.binding?.declaration), binding["declaration"]),
            (try #require(system.classifications[2].vendor),
             ((writtenSystem["classifications"] as? [[String: Any]])?[2])?["vendor"]),
            (try #require(classification.relicensing.first), (written["relicensing"] as? [Any])?.first),
            (classification.license, written["license"]),
            (try #require(classification.explanation.first), (written["explanation"] as? [Any])?.first),
        ]
        for (value, written) in pairs {
            #expect(Self.storedProperties(of: value) == Self.keys(of: written), "\(type(of: value))")
        }
    }
}
