/// Finds the rules whose patterns can match a purl key without trying every pattern: patterns hang in a byte trie
/// under their literal prefix, so a key walks the trie once and only tries the patterns on its path.
struct RuleIndex: Sendable {
    struct Entry: Sendable {
        /// Index of the rule in its list.
        var rule: Int
        var spec: PatternSpec
    }

    /// A trie node: its byte, its first child and next sibling (positions in `nodes`, -1 for none), and the
    /// patterns whose literal prefix ends here. Children are a sibling list, not a dictionary per node: the trie
    /// is built at every start (issue 17) and most nodes have one child.
    private struct Node: Sendable {
        var byte: UInt8
        var firstChild = -1
        var nextSibling = -1
        var entries: [Entry] = []
    }

    private var nodes: [Node] = [Node(byte: 0)]

    init(_ patterns: [[PatternSpec]]) {
        for (rule, specs) in patterns.enumerated() {
            for spec in specs {
                var node = 0
                for byte in spec.pattern.literalPrefix.utf8 {
                    if let next = child(of: node, byte) {
                        node = next
                    } else {
                        nodes.append(Node(byte: byte, nextSibling: nodes[node].firstChild))
                        nodes[node].firstChild = nodes.count - 1
                        node = nodes.count - 1
                    }
                }
                nodes[node].entries.append(Entry(rule: rule, spec: spec))
            }
        }
    }

    /// The child of `node` for `byte`, if any.
    private func child(of node: Int, _ byte: UInt8) -> Int? {
        var candidate = nodes[node].firstChild
        while candidate >= 0 {
            if nodes[candidate].byte == byte { return candidate }
            candidate = nodes[candidate].nextSibling
        }
        return nil
    }

    /// Every (rule, pattern) whose pattern matches the key (UTF-8 of `PurlPattern.key(of:)`) and whose range admits
    /// the version.
    func matches(key bytes: [UInt8], version: String?) -> [Entry] {
        var result: [Entry] = []
        var node = 0
        var depth = 0
        while true {
            let entries = nodes[node].entries
            for entry in entries where entry.spec.matches(bytes: bytes, version: version) {
                result.append(entry)
            }
            guard depth < bytes.count, let next = child(of: node, bytes[depth]) else { break }
            node = next
            depth += 1
        }
        return result
    }
}
