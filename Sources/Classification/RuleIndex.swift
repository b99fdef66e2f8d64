/// Finds the rules whose patterns can match a purl key without trying every pattern: patterns are filed under
/// their literal prefix, and a key only looks up its own prefixes of the lengths that occur.
struct RuleIndex: Sendable {
    struct Entry: Sendable {
        /// Index of the rule in its list.
        var rule: Int
        var spec: PatternSpec
    }

    private var byPrefix: [String: [Entry]] = [:]
    private var prefixLengths: [Int] = []

    init(_ patterns: [[PatternSpec]]) {
        var lengths = Set<Int>()
        for (rule, specs) in patterns.enumerated() {
            for spec in specs {
                byPrefix[spec.pattern.literalPrefix, default: []].append(Entry(rule: rule, spec: spec))
                lengths.insert(spec.pattern.literalPrefix.utf8.count)
            }
        }
        prefixLengths = lengths.sorted()
    }

    /// Every (rule, pattern) whose pattern matches the key and whose range admits the version.
    func matches(key: String, version: String?) -> [Entry] {
        var result: [Entry] = []
        let utf8 = key.utf8
        for length in prefixLengths {
            guard length <= utf8.count else { break }
            let prefix = String(decoding: utf8.prefix(length), as: UTF8.self)
            guard let entries = byPrefix[prefix] else { continue }
            for entry in entries where entry.spec.matches(key: key, version: version) {
                result.append(entry)
            }
        }
        return result
    }
}
