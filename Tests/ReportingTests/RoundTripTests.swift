import Catalogers
import Foundation
import Reporting
import SovScanModel
import Testing

/// Write an SBOM, import it, write it again: nothing the first document held may be lost, and the second
/// round must be a fixed point (byte-identical output, equal inventory).
struct RoundTripTests {
    enum Format: String, CaseIterable { case cyclonedx, spdx }

    private func write(_ inventory: Inventory, as format: Format) throws -> Data {
        switch format {
        case .cyclonedx: try CycloneDXJSONWriter().write(inventory, context: TestInventories.context)
        case .spdx: try SPDXJSONWriter().write(inventory, context: TestInventories.context)
        }
    }

    private func importSystem(_ data: Data) -> SystemInventory {
        SBOMImporter().importSystem(bytes: Array(data), file: "roundtrip.json")
    }

    /// The facts of a component that an SBOM carries, as one comparable value.
    private func facts(_ component: Component) -> String {
        let licences = Set(component.declaredLicenses.map(\.text))
            .union([component.concludedLicense?.expression?.spdx, component.concludedLicense?.unmappedText].compactMap { $0 })
        return [
            component.purl.description, component.ecosystem.rawValue, component.group ?? "-", component.name,
            component.version ?? "-", component.scope.rawValue, "\(component.isOptional)", "\(component.isDirect)",
            "\(component.isFirstParty)", component.locations.map(\.description).joined(separator: "|"),
            component.licenseFiles.joined(separator: "|"), licences.sorted().joined(separator: "|"),
            component.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|"),
        ].joined(separator: " ; ")
    }

    @Test(arguments: Format.allCases)
    func roundTripLosesNothing(format: Format) throws {
        let original = TestInventories.rich()
        let system = original.systems[0]
        let first = try write(original, as: format)
        let imported = importSystem(first)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        #expect(imported.name == system.name)
        #expect(imported.root == system.root)
        #expect(imported.components.map(facts) == system.components.map(facts))
        #expect(imported.graph == system.graph, "edges and their scopes survive")
        #expect(imported.components.allSatisfy { $0.declaredLicenses.allSatisfy { $0.source == .sbom } })

        let second = try write(Inventory(systems: [imported]), as: format)
        let again = importSystem(second)
        let third = try write(Inventory(systems: [again]), as: format)
        #expect(second == third, "the second round is a fixed point")
        #expect(again.components.map(facts) == imported.components.map(facts))
        #expect(again.graph == imported.graph)
    }

    @Test func declaredLicenceURLsSurviveCycloneDX() throws {
        let source = try PackageURL(parsing: "pkg:maven/a/b@1")
        let inventory = Inventory(systems: [SystemInventory(name: "s", root: "s", components: [
            Component(purl: source, ecosystem: .maven, group: "a", name: "b", version: "1",
                      declaredLicenses: [DeclaredLicense(text: "The Apache Software License, Version 2.0",
                                                         url: "https://www.apache.org/licenses/LICENSE-2.0.txt", source: .manifest)]),
        ])])
        let imported = importSystem(try write(inventory, as: .cyclonedx))
        #expect(imported.components.first?.declaredLicenses.first?.url == "https://www.apache.org/licenses/LICENSE-2.0.txt")
    }

    @Test func importedSupplierSBOMsWriteAgainUnchanged() throws {
        for fixture in ["sbom/supplier-cyclonedx-1.5.json", "sbom/supplier-spdx-2.3.json"] {
            let supplier = SBOMImporter().importSystem(path: TestInventories.fixture(fixture), reportedAs: "supplier.json")
            for format in Format.allCases {
                let first = try write(Inventory(systems: [supplier]), as: format)
                let imported = importSystem(first)
                #expect(imported.components.map(facts) == supplier.components.map(facts), "\(fixture) as \(format)")
                #expect(imported.graph == supplier.graph)
            }
        }
    }
}
