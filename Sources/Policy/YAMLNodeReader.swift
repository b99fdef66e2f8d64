import SovScanModel
import Yams

/// Reads values out of a composed YAML document strictly: every wrong type or unknown key is a `PolicyError` with
/// the node's line and column.
struct YAMLNodeReader {
    /// The file as it is named in messages.
    let file: String

    func error(_ node: Node?, _ key: String, _ message: String) -> PolicyError {
        PolicyError(file: file, line: node?.mark?.line, column: node?.mark?.column, key: key, message: message)
    }

    func location(of node: Node) -> SovScanModel.SourceLocation {
        SovScanModel.SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// The pairs of a mapping whose keys must all be among `known`.
    func mapping(_ node: Node, _ key: String, known: [String]) throws(PolicyError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            throw error(node, key, "expected a mapping with keys \(known.joined(separator: ", "))")
        }
        var seen: Set<String> = []
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string else { throw error(keyNode, key, "keys must be plain names") }
            let path = key.isEmpty ? name : key + "." + name
            guard known.contains(name) else {
                throw error(keyNode, path, "unknown key; known keys here are \(known.joined(separator: ", "))")
            }
            guard seen.insert(name).inserted else { throw error(keyNode, path, "the key is given twice") }
            result.append((name, keyNode, value))
        }
        return result
    }

    /// Whether a node is YAML null (`~`, `null`, or nothing).
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func string(_ node: Node, _ key: String) throws(PolicyError) -> String {
        guard let scalar = node.scalar, !isNull(node) else { throw error(node, key, "expected a text value") }
        return scalar.string
    }

    func int(_ node: Node, _ key: String, range: ClosedRange<Int>) throws(PolicyError) -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            throw error(node, key, "expected a whole number")
        }
        guard range.contains(value) else {
            throw error(node, key, "expected a number from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
        return value
    }

    func number(_ node: Node, _ key: String, range: ClosedRange<Double>) throws(PolicyError) -> Double {
        guard let scalar = node.scalar, let value = Double(scalar.string), value.isFinite else {
            throw error(node, key, "expected a number")
        }
        guard range.contains(value) else {
            throw error(node, key, "expected a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)), got \(scalar.string)")
        }
        return value
    }

    func bool(_ node: Node, _ key: String) throws(PolicyError) -> Bool {
        switch node.scalar?.string {
        case "true"?: return true
        case "false"?: return false
        default: throw error(node, key, "expected true or false")
        }
    }

    /// A list of texts; a single text counts as a list of one, null as an empty list.
    func strings(_ node: Node, _ key: String) throws(PolicyError) -> [(text: String, node: Node)] {
        if isNull(node) { return [] }
        if node.scalar != nil { return [(try string(node, key), node)] }
        guard let sequence = node.sequence else { throw error(node, key, "expected a list of texts") }
        var result: [(text: String, node: Node)] = []
        for (index, item) in sequence.enumerated() {
            result.append((try string(item, "\(key)[\(index)]"), item))
        }
        return result
    }

    /// One of the given words.
    func choice(_ node: Node, _ key: String, _ choices: [String]) throws(PolicyError) -> String {
        let value = try string(node, key)
        guard choices.contains(value) else {
            throw error(node, key, "'\(value)' is not one of \(choices.joined(separator: ", "))")
        }
        return value
    }
}
