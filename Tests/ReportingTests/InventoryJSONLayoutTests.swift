import Foundation
@testable import Reporting
import SovScanModel
import Testing

/// The scan JSON's inventory is written member by member (`InventoryJSONLayout`); these inventories reach every
/// optional member, both ways, and the orders `.sortedKeys` gives, and the bytes must be those Foundation's
/// `JSONEncoder` gives for the `Encodable` document.
struct InventoryJSONLayoutTests {
    private func foundation(_ inventory: Inventory) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = ScanJSONWriter.Document(
            schema: ScanJSONWriter.schema, tool: "sovscan \(TestInventories.context.toolVersion)",
            timestamp: TestInventories.context.isoTimestamp, incomplete: inventory.isIncomplete, inventory: inventory,
            classifications: nil, analysis: nil)
        return Array(try encoder.encode(document)) + [0x0A]
    }

    private func written(_ inventory: Inventory) throws -> [UInt8] {
        Array(try ScanJSONWriter().write(inventory, context: TestInventories.context))
    }

    /// Every member a component, licence, location and diagnostic can have, set and unset.
    static func everyMember() -> Inventory {
        let library = TestInventories.purl("pkg:maven/org.example/library@2.0?type=pom")
        let tool = TestInventories.purl("pkg:npm/%40scope/t%C3%B6%C3%B6l@1.0.0")
        let unpinned = TestInventories.purl("pkg:maven/org.example/unpinned")
        let components = [
            Component(purl: library, ecosystem: .maven, group: "org.example", name: "library", version: "2.0",
                      scope: .runtime, isOptional: true, isDirect: false, isFirstParty: false,
                      declaredLicenses: [
                          DeclaredLicense(text: "GPL v2 or later", url: "https://example.org/gpl", source: .registry,
                                          location: SourceLocation(file: "https://registry.example/library"),
                                          confidence: 1.0 / 3),
                          DeclaredLicense(text: "MIT", source: .licenseFile,
                                          location: SourceLocation(file: "lib/LICENSE", line: 1), confidence: 0.5),
                      ],
                      licenseFiles: ["lib/LICENSE", "lib/NOTICE"],
                      concludedLicense: ConcludedLicense(
                          expression: .and([.license(id: "GPL-2.0-or-later", orLater: true), .license(id: "MIT")]),
                          unmappedText: "GPL v2 or later", confidence: 0.75, reason: "two statements",
                          category: .strongCopyleft, isOSS: true),
                      locations: [SourceLocation(file: "pom.xml", line: 7), SourceLocation(file: "pom.xml", line: 9, column: 2)],
                      // Upper case before lower case, non-ASCII last, a prefix before its extensions.
                      properties: ["b": "2", "B": "1", "é": "accent", "a": "x", "ab": "y", "a-b": "z", "Zz": "", "z": "\u{2028}"]),
            Component(purl: tool, ecosystem: .npm, group: "@scope", name: "tööl", version: "1.0.0", scope: .dev,
                      isDirect: true, isFirstParty: true,
                      concludedLicense: ConcludedLicense(expression: nil, confidence: 0, reason: "nothing declared",
                                                         isOSS: false)),
            Component(purl: unpinned, ecosystem: .maven, group: nil, name: "unpinned", version: nil, scope: .test,
                      properties: ["unpinned": "true"]),
        ]
        let system = SystemInventory(
            name: "every-member", root: "/tmp/every member", manifests: ["pom.xml", "web/package.json"],
            components: components,
            graph: DependencyGraph(edges: [DependencyEdge(from: library, to: unpinned, scope: .test),
                                           DependencyEdge(from: tool, to: library, scope: .dev)]),
            diagnostics: [
                Diagnostic(.error, "cannot read \"x\"", at: SourceLocation(file: "web/package.json", line: 3, column: 4),
                           detail: DiagnosticDetail(.malformedFile, ["JSON"])),
                Diagnostic(.warning, "the property ${a} is not defined", at: SourceLocation(file: "pom.xml"),
                           detail: DiagnosticDetail(.undefinedProperty, ["a", "org.example:unpinned"])),
                Diagnostic(.note, "no location"),
            ])
        let empty = SystemInventory(name: "empty", root: "empty")
        return Inventory(systems: [system, empty], diagnostics: [Diagnostic(.warning, "a path is missing",
                                                                            detail: DiagnosticDetail(.pathMissing))])
    }

    @Test func everyMemberMatchesFoundation() throws {
        let inventory = Self.everyMember()
        let bytes = try written(inventory)
        #expect(bytes == (try foundation(inventory)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"isOSS\" : true"))
        #expect(text.contains("\"confidence\" : 0.3333333333333333"))
        #expect(text.contains("\"code\" : \"undefined-property\""))
    }

    @Test func emptyInventoriesMatchFoundation() throws {
        #expect(try written(Inventory()) == (try foundation(Inventory())))
        let bare = Inventory(systems: [SystemInventory(name: "", root: "")])
        #expect(try written(bare) == (try foundation(bare)))
    }

    @Test func richInventoryMatchesFoundation() throws {
        let inventory = TestInventories.rich()
        #expect(try written(inventory) == (try foundation(inventory)))
    }

    @Test func aNonFiniteConfidenceIsAnErrorAsInFoundation() {
        var inventory = Self.everyMember()
        inventory.systems[0].components[0].declaredLicenses[0].confidence = .nan
        #expect(throws: EncodingError.self) { try written(inventory) }
        #expect(throws: EncodingError.self) { try foundation(inventory) }
    }
}

/// The layout is written by hand: a stored property added to an inventory type must get a line in it. Every
/// stored property (as `Mirror` lists them) of a fully set value must be a key of its written object.
struct InventoryJSONLayoutCompletenessTests {
    private static func keys(of object: Any?) -> Set<String> {
        Set((object as? [String: Any])?.keys.map { $0 } ?? [])
    }

    private static func storedProperties(of value: Any) -> Set<String> {
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

    @Test func everyStoredPropertyIsWritten() throws {
        let inventory = InventoryJSONLayoutTests.everyMember()
        let system = inventory.systems[0]
        let component = system.components[0]
        let data = try ScanJSONWriter().write(inventory, context: TestInventories.context)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let writtenInventory = try #require(document["inventory"] as? [String: Any])
        let writtenSystem = try #require((writtenInventory["systems"] as? [[String: Any]])?.first)
        let writtenComponent = try #require((writtenSystem["components"] as? [[String: Any]])?.first)
        let writtenEdge = try #require(((writtenSystem["graph"] as? [String: Any])?["edges"] as? [[String: Any]])?.first)
        let declared = try #require(component.declaredLicenses.first)
        // The diagnostic with every member set, and its written object at the same position.
        let position = try #require(system.diagnostics.firstIndex { $0.detail != nil && $0.location?.column != nil })
        let diagnostic = system.diagnostics[position]
        let writtenDiagnostic = try #require((writtenSystem["diagnostics"] as? [[String: Any]])?[position])
        let pairs: [(value: Any, written: Any?)] = [
            (inventory, writtenInventory),
            (system, writtenSystem),
            (system.graph, writtenSystem["graph"]),
            (try #require(system.graph.edges.first), writtenEdge),
            (component, writtenComponent),
            (try #require(component.concludedLicense), writtenComponent["concludedLicense"]),
            (declared, (writtenComponent["declaredLicenses"] as? [Any])?.first),
            (diagnostic, writtenDiagnostic),
            (try #require(diagnostic.detail), writtenDiagnostic["detail"]),
            (try #require(diagnostic.location), writtenDiagnostic["location"]),
        ]
        for (value, written) in pairs {
            #expect(Self.storedProperties(of: value) == Self.keys(of: written), "\(type(of: value))")
        }
    }
}
