/// Finds the rules whose patterns can match a purl key without trying every pattern: patterns hang in a byte trie
/// under their literal prefix, so a key walks the trie once and only tries the patterns on its path.
struct RuleIndex: Sendable {
    struct Entry: Sendable {
        /// Index of the rule in its list.
        var rule: Int
        var spec: PatternSpec
    }

    private struct Node: Sendable {
        var children: [UInt8: Int] = [:]
        var entries: [Entry] = []
    }

    private var nodes: [Node] = [Node()]

    init(_ patterns: [[PatternSpec]]) {
        for (rule, specs) in patterns.enumerated() {
            for spec in specs {
                var node = 0
                for byte in spec.pattern.literalPrefix.utf8 {
                    if let next = nodes[node].children[byte] {
                        node = next
                    } else {
                        nodes.append(Node())
                        nodes[node].children[byte] = nodes.count - 1
                        node = nodes.count - 1
                    }
                }
                nodes[node].entries.append(Entry(rule: rule, spec: spec))
            }
        }
    }

    /// Every (rule, pattern) whose pattern matches the key and whose range admits the version.
    func matches(key: String, version: String?) -> [Entry] {
        var result: [Entry] = []
        let bytes = Array(key.utf8)
        var node = 0
        var depth = 0
        while true {
            let entries = nodes[node].entries
            for entry in entries where entry.spec.matches(bytes: bytes, version: version) {
                result.append(entry)
            }
            guard depth < bytes.count, let next = nodes[node].children[bytes[depth]] else { break }
            node = next
            depth += 1
        }
        return result
    }
}
