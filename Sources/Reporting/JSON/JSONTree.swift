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

        /// Sets `key` to `value`, replacing an earlier value as `JSONEncoder` does.
        func set(_ key: String, _ value: JSONTree) {
            // Encoded types write each key once; the search only runs over the few members of one object.
            if keys.count < 32, let index = keys.firstIndex(of: key) {
                values[index] = value
            } else {
                keys.append(key)
                values.append(value)
            }
        }

        /// The indices of the members in ascending byte order of their keys.
        func sortedOrder() -> [Int] {
            var order = Array(keys.indices)
            order.sort { Self.precedes(keys[$0], keys[$1]) }
            return order
        }

        /// Whether `first` comes before `second` in byte order, compared on their contiguous UTF-8 storage.
        private static func precedes(_ first: String, _ second: String) -> Bool {
            var first = first, second = second
            return first.withUTF8 { left in second.withUTF8 { right in left.lexicographicallyPrecedes(right) } }
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
