/// A JSON value as `TreeEncoder` collects it before it is written: objects keep their members in the order they
/// were encoded and are sorted when written. Objects and arrays are classes so that the containers an `Encoder`
/// hands out can fill them after they are linked into their parent.
enum JSONTree {
    case string(String)
    /// A number, `true`, `false` or `null`, written as is.
    case literal(String)
    case array(Elements)
    case object(Members)

    final class Elements {
        var values: [JSONTree] = []
    }

    final class Members {
        var keys: [String] = []
        var values: [JSONTree] = []
        /// The position of each key, built once the object outgrows a linear search (large dictionaries).
        private var positions: [String: Int]?

        /// Sets `key` to `value`, replacing an earlier value as `JSONEncoder` does.
        func set(_ key: String, _ value: JSONTree) {
            if let existing = position(of: key) {
                values[existing] = value
                return
            }
            positions?[key] = keys.count
            keys.append(key)
            values.append(value)
        }

        private func position(of key: String) -> Int? {
            if positions == nil, keys.count >= 32 {
                positions = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return positions.map { $0[key] } ?? keys.firstIndex(of: key)
        }

        /// The indices of the members in ascending byte order of their keys.
        func sortedOrder() -> [Int] {
            var order = Array(keys.indices)
            order.sort { JSONOutput.precedes(keys[$0], keys[$1]) }
            return order
        }
    }

    /// Writes the value, each object's members in ascending byte order of their keys (the order of
    /// `JSONEncoder`'s `.sortedKeys`).
    func write(to json: inout JSONOutput) {
        switch self {
        case let .string(value): json.value(value)
        case let .literal(text): json.literal(text)
        case let .array(elements):
            json.array { json in
                for value in elements.values {
                    json.nextElement()
                    value.write(to: &json)
                }
            }
        case let .object(members):
            json.object { json in
                for index in members.sortedOrder() {
                    json.key(members.keys[index])
                    members.values[index].write(to: &json)
                }
            }
        }
    }
}
