import Foundation
import Reporting
import SovScanModel
import Testing

/// Every writer gives the same bytes for the same inventory, whatever order the components came in.
struct DeterminismTests {
    /// The rich inventory with its components in reverse order.
    private func shuffled() -> Inventory {
        var inventory = TestInventories.rich()
        inventory.systems[0].components.reverse()
        return inventory
    }

    private func outputs(_ inventory: Inventory) throws -> [String: Data] {
        let context = TestInventories.context
        return [
            "cyclonedx": try CycloneDXJSONWriter().write(inventory, context: context),
            "cyclonedx-xml": CycloneDXXMLWriter().write(inventory, context: context),
            "spdx": try SPDXJSONWriter().write(inventory, context: context),
            "csv": CSVWriter(delimiter: ";", byteOrderMark: true).write(inventory),
            "json": try ScanJSONWriter().write(inventory, context: context),
            "table": Data(TerminalSummary(style: .plain).render(inventory).utf8),
        ]
    }

    @Test func sameInputSameBytes() throws {
        let first = try outputs(TestInventories.rich())
        let second = try outputs(TestInventories.rich())
        for (format, data) in first { #expect(second[format] == data, "\(format)") }
    }

    @Test func componentOrderDoesNotMatter() throws {
        let first = try outputs(TestInventories.rich())
        let second = try outputs(shuffled())
        for format in ["cyclonedx", "cyclonedx-xml", "spdx"] { #expect(second[format] == first[format], "\(format)") }
    }

    @Test func spdxIdentifiersAreStableAndUnique() throws {
        let data = try SPDXJSONWriter().write(TestInventories.rich(), context: TestInventories.context)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let packages = try #require(root["packages"] as? [[String: Any]])
        let ids = packages.compactMap { $0["SPDXID"] as? String }
        #expect(Set(ids).count == packages.count)
        #expect(ids.contains("SPDXRef-Package-pkg-maven-org.springframework-spring-core-6.1.14-" + "\(ids.first { $0.contains("spring-core") }?.suffix(16) ?? "")"))
        let namespace = try #require(root["documentNamespace"] as? String)
        #expect(namespace.hasPrefix("https://sovscan.invalid/spdxdocs/kommune-sag-"))
        let creation = try #require(root["creationInfo"] as? [String: Any])
        #expect(creation["created"] as? String == "2023-11-14T22:13:20Z")
        #expect(creation["creators"] as? [String] == ["Tool: sovscan-0.0.0-test"])
    }
}
