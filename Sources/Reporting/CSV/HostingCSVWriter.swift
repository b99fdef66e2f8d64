import Analysis
import Foundation

/// Writes which clouds every system runs on (format `csv-hosting`): one row per system and cloud, with the
/// vendor, its country and bloc (the jurisdiction), whether the service is proprietary, the kinds of evidence
/// (`terraform`, `kubernetes`, `container image`, `ci`, `sdk`, separated by `;`) and the number of binding
/// components. A system that names no cloud has one row with the platform empty, so every system is listed.
/// Quoting and delimiter as `CSVWriter`.
public struct HostingCSVWriter: Sendable {
    public var delimiter: Character
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// The column names, in order.
    public static let header = ["system", "platform", "vendor", "country", "bloc", "proprietary", "evidence", "components"]

    /// The rows of an analysis document as bytes; a document-less input gives the header only.
    public func write(_ document: AnalysisDocument?) -> Data {
        let cells = CSVWriter(delimiter: delimiter)
        var text = byteOrderMark ? "\u{FEFF}" : ""
        func line(_ row: [String]) { text += row.map(cells.quote).joined(separator: String(delimiter)) + "\r\n" }
        line(Self.header)
        for system in document?.systems.map(SystemHosting.init) ?? [] {
            if system.clouds.isEmpty { line([system.system, "", "", "", "", "", "", "0"]) }
            for cloud in system.clouds {
                line([system.system, cloud.platform, cloud.vendor ?? "", cloud.country ?? "", cloud.bloc.rawValue,
                      cloud.proprietary ? "true" : "false", cloud.evidence.joined(separator: ";"), "\(cloud.components)"])
            }
        }
        return Data(text.utf8)
    }
}
