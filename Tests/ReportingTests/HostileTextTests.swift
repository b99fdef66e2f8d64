import Catalogers
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reporting
import SovScanModel
import Testing

/// Hostile names, versions, licence strings, paths and properties cannot change the structure of any
/// format: they come back from a real parser as the same text (or, where the format cannot carry a
/// character at all, as U+FFFD), and never appear raw where they could act.
struct HostileTextTests {
    let inventory = TestInventories.rich()
    let hostile = TestInventories.hostile

    @Test func cycloneDXJSON() throws {
        let data = try CycloneDXJSONWriter().write(inventory, context: TestInventories.context)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let components = try #require(root["components"] as? [[String: Any]])
        let evil = try #require(components.first { ($0["purl"] as? String)?.contains("evil") == true })
        #expect(evil["name"] as? String == hostile)
        #expect((evil["properties"] as? [[String: String]])?.contains { $0["name"] == "sovscan:note" && $0["value"] == hostile } == true)
        #expect(!String(decoding: data, as: UTF8.self).contains("\n\t\u{202E}"), "line breaks are escaped inside strings")
    }

    @Test func cycloneDXXML() throws {
        let data = CycloneDXXMLWriter().write(inventory, context: TestInventories.context)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<script>"))
        #expect(!text.contains("\u{1}"), "XML 1.0 cannot carry U+0001")
        let document = try XMLDocument(data: data)
        let names = try document.nodes(forXPath: "//*[local-name()='component']/*[local-name()='name']").compactMap(\.stringValue)
        #expect(names.contains(hostile.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")))
        let locations = try document.nodes(forXPath: "//*[local-name()='property'][@name='sovscan:location']").compactMap(\.stringValue)
        #expect(locations.contains("front:end/\(hostile)/package.json:2:3".replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")))
    }

    @Test func spdxJSON() throws {
        let data = try SPDXJSONWriter().write(inventory, context: TestInventories.context)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let packages = try #require(root["packages"] as? [[String: Any]])
        let evil = try #require(packages.first { ($0["name"] as? String)?.hasPrefix("@evil/") == true })
        #expect(evil["name"] as? String == "@evil/" + hostile)
        let id = try #require(evil["SPDXID"] as? String)
        #expect(id.range(of: "^SPDXRef-[A-Za-z0-9.-]+$", options: .regularExpression) != nil)
        let declared = try #require(evil["licenseDeclared"] as? String)
        #expect(declared.range(of: "^LicenseRef-[A-Za-z0-9.-]+$", options: .regularExpression) != nil)
        let infos = try #require(root["hasExtractedLicensingInfos"] as? [[String: String]])
        #expect(infos.first { $0["licenseId"] == declared }?["extractedText"] == hostile)
    }

    @Test func csv() throws {
        let data = CSVWriter().write(inventory)
        let rows = CSVReader.rows(String(decoding: data, as: UTF8.self), delimiter: ",")
        #expect(rows.allSatisfy { $0.count == CSVWriter.header.count })
        let evil = try #require(rows.first { $0[1].contains("evil") })
        #expect(evil[4] == hostile)
        #expect(evil[12] == hostile)
        let guarded = CSVWriter().write(Inventory(systems: [SystemInventory(name: "=1+2", root: "r", components: [
            Component(purl: TestInventories.purl("pkg:npm/a@1"), ecosystem: .npm, name: "@SUM(A1)", version: "-1"),
        ])]))
        let row = CSVReader.rows(String(decoding: guarded, as: UTF8.self), delimiter: ",")[1]
        #expect(row[0] == "'=1+2")
        #expect(row[4] == "'@SUM(A1)")
        #expect(row[5] == "'-1")
    }

    @Test func scanJSON() throws {
        let data = try ScanJSONWriter().write(inventory, context: TestInventories.context)
        #expect(String(decoding: data, as: UTF8.self).contains(#"\u0001"#))
        _ = try JSONSerialization.jsonObject(with: data)
    }

    @Test func terminal() {
        let text = TerminalSummary(style: .plain).render(Inventory(systems: [SystemInventory(name: hostile, root: hostile)]))
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("\u{1}"))
        #expect(text.contains("\\u{202e}"))
    }

    @Test func importerKeepsHostileTextAsText() throws {
        let data = try CycloneDXJSONWriter().write(inventory, context: TestInventories.context)
        let system = SBOMImporter().importSystem(bytes: Array(data), file: "bom.json")
        #expect(system.components.contains { $0.name == hostile && $0.properties["note"] == hostile })
    }
}

/// An RFC 4180 reader for the tests: quoted cells with doubled quotes and line breaks.
enum CSVReader {
    static func rows(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        characters.append("\r\n")
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == delimiter {
                row.append(cell)
                cell = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(cell)
                if row != [""] { rows.append(row) }
                row = []
                cell = ""
            } else {
                cell.append(character)
            }
            index += 1
        }
        return rows
    }
}
