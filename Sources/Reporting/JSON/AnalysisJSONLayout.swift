import Analysis
import Foundation

/// The analysis document laid out member by member and its systems one at a time (issue 17): only one system's
/// analysis is ever held as a tree (`TreeEncoder`), so a portfolio's JSON costs the memory of its largest system,
/// not of all of them. The bytes are those `JSONEncoder` writes for the document (`AnalysisJSONLayoutTests`
/// compares them, so a new stored property of `AnalysisDocument` fails there until it has a line here).
extension AnalysisDocument {
    func writeMembers(to json: inout JSONOutput) throws {
        json.member("generator", generator)
        try json.member("options", tree: TreeEncoder.tree(of: options, codingPath: []))
        if let portfolio {
            try json.member("portfolio", tree: TreeEncoder.tree(of: portfolio, codingPath: []))
        }
        json.member("schema", schema)
        try json.member("systems", array: { json in
            for system in systems {
                json.nextElement()
                try TreeEncoder.tree(of: system, codingPath: []).write(to: &json)
            }
        })
        json.member("version", version)
    }
}

/// A JSON document that holds an analysis document beside other members, such as the portfolio JSON
/// (`sovscan portfolio --format json`), written to a `ReportOutput` as it is laid out: the analysis document
/// through `AnalysisDocument.writeMembers(to:)`, every other member encoded whole.
public enum AnalysisJSONDocument {
    /// A member of the document.
    public enum Member {
        /// An analysis document, laid out one system at a time.
        case analysis(AnalysisDocument)
        /// Any other value, encoded whole; `nil` leaves the member out, as `encodeIfPresent` does.
        case value((any Encodable)?)
    }

    /// Writes the object of `members` and a final newline to `output`: the bytes `JSONEncoder` writes, with
    /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, for an `Encodable` value with those members,
    /// followed by `"\n"`. Throws the error of an encoding or of the output.
    public static func write(_ members: [String: Member], to output: ReportOutput) throws {
        var json = JSONOutput(to: output)
        try json.object { json in
            for (key, member) in members.sorted(by: { JSONOutput.precedes($0.key, $1.key) }) {
                switch member {
                case .analysis(let analysis):
                    try json.member(key, object: { try analysis.writeMembers(to: &$0) })
                case .value(let value?):
                    try json.member(key, tree: TreeEncoder.tree(of: value, codingPath: []))
                case .value(nil):
                    continue
                }
            }
        }
        try json.finish(appending: [0x0A])
    }
}
