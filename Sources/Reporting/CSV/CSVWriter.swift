import Classification
import Foundation
import SovScanModel

/// Writes one row per component and system for spreadsheets, with every inventory and classification column: RFC 4180 quoting, CRLF line ends, a chosen
/// delimiter (Danish Excel expects `;`), optionally a UTF-8 byte-order mark so Excel reads UTF-8. Cells that
/// a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a
/// leading `'`.
public struct CSVWriter: Sendable {
    /// The field separator.
    public var delimiter: Character
    /// Whether the file starts with the UTF-8 byte-order mark.
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// The column names, in order.
    public static let header = [
        "system", "purl", "ecosystem", "group", "name", "version", "scope", "direct", "optional", "first_party",
        "licence", "licence_confidence", "declared_licences", "locations", "resolved",
        "level", "technology", "vendor", "country", "bloc", "governance", "seal", "licence_category", "oss", "binding", "relicensing",
        "vendor_presumed",
    ]

    /// The table of a bare inventory as bytes (the classification columns stay empty).
    public func write(_ inventory: Inventory) -> Data { write(ReportInput(inventory: inventory)) }

    /// The table as bytes, with the classification columns filled where classification ran.
    public func write(_ input: ReportInput) -> Data {
        // Lines go straight into the bytes: one text of the whole table and its copy as bytes held a big table
        // twice.
        var data = Data()
        func append(_ text: String) {
            var text = text
            text.withUTF8 { data.append($0) }
        }
        if byteOrderMark { append("\u{FEFF}") }
        append(line(Self.header))
        for system in input.inventory.systems {
            for component in system.components {
                append(line(row(component, system: system) + classificationCells(input.classification(of: component.purl, in: system.name))))
            }
        }
        return data
    }

    private func classificationCells(_ classification: Classification?) -> [String] {
        guard let classification else { return Array(repeating: "", count: 12) }
        return [
            classification.level?.rawValue ?? "", classification.technology, classification.vendor?.name ?? "",
            classification.vendor?.country ?? "", classification.bloc.rawValue, classification.governance?.rawValue ?? "",
            classification.seal.map { "\($0)" } ?? "", classification.license.category.rawValue,
            classification.isOSS.map(yesNo) ?? "", classification.binding?.platform ?? "",
            classification.relicensing.map { "\($0.event): \($0.from) -> \($0.to)" }.joined(separator: "; "),
            classification.vendor.map { yesNo($0.isPresumed) } ?? "",
        ]
    }

    private func row(_ component: Component, system: SystemInventory) -> [String] {
        let concluded = component.concludedLicense
        var seen: Set<String> = []
        let declared = component.declaredLicenses.map(\.text).filter { seen.insert($0).inserted }
        return [
            system.name, component.purl.description, component.ecosystem.rawValue, component.group ?? "", component.name,
            component.version ?? "", component.scope.rawValue, yesNo(component.isDirect), yesNo(component.isOptional),
            yesNo(component.isFirstParty),
            concluded?.expression?.spdx ?? concluded?.unmappedText ?? "",
            concluded.map { String(format: "%.2f", $0.confidence) } ?? "",
            declared.joined(separator: " | "),
            component.locations.map(\.description).joined(separator: "; "),
            component.properties["resolved"] ?? "",
        ]
    }

    private func yesNo(_ value: Bool) -> String { value ? "true" : "false" }

    private func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: String(delimiter)) + "\r\n"
    }

    /// Guards formulas, then quotes a cell that holds the delimiter, a quote or a line break.
    func quote(_ cell: String) -> String {
        var value = cell
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
