import Yams

/// Composes YAML the way every sovscan reader must: refusing documents whose aliases make the tree a reader
/// walks far larger than the text (a 90 KB file of nested aliases can stand for a million nodes; "billion
/// laughs" for far more). Counting stops as soon as the limit is passed, so refusing costs no more than the limit.
public enum BoundedYAML {
    /// A document whose expanded tree has more nodes than its limit.
    public struct TooLarge: Error, CustomStringConvertible {
        public let limit: Int
        public var description: String {
            "the document expands (through aliases) to more than \(limit) nodes; not read"
        }
    }

    /// The node limit for a text of `byteCount` bytes: a plain document has fewer nodes than bytes, so only an
    /// alias-amplified one can pass it.
    public static func nodeLimit(byteCount: Int) -> Int {
        100_000 + byteCount
    }

    /// Composes `text`; throws `YamlError` for bad syntax and `TooLarge` when its expanded tree passes
    /// `nodeLimit(byteCount:)`.
    public static func compose(_ text: String, resolver: Resolver = .default) throws -> Node? {
        guard let root = try Yams.compose(yaml: text, resolver) else { return nil }
        let limit = nodeLimit(byteCount: text.utf8.count)
        guard expandedCount(of: root, upTo: limit) <= limit else { throw TooLarge(limit: limit) }
        return root
    }

    /// Composes every document of a multi-document stream (`---` separated, as Kubernetes manifests are written).
    /// The documents before a syntax error are kept and the error is returned with them; the node limit counts
    /// all documents together.
    public static func composeAll(_ text: String, resolver: Resolver = .default) -> (documents: [Node], error: Error?) {
        var documents: [Node] = []
        let limit = nodeLimit(byteCount: text.utf8.count)
        var used = 0
        do {
            var stream = try Yams.compose_all(yaml: text, resolver)
            while let document = stream.next() {
                used += expandedCount(of: document, upTo: limit - used)
                guard used <= limit else { return (documents, TooLarge(limit: limit)) }
                documents.append(document)
            }
            return (documents, stream.error)
        } catch {
            return (documents, error)
        }
    }

    /// The number of nodes a full walk of `root` visits (aliases walked each time they are used), counted up to
    /// `limit + 1`.
    public static func expandedCount(of root: Node, upTo limit: Int) -> Int {
        var count = 0
        var pending = [root]
        while let node = pending.popLast() {
            count += 1
            if count > limit { return count }
            switch node {
            case .scalar:
                break
            case .mapping(let mapping):
                for pair in mapping {
                    pending.append(pair.key)
                    pending.append(pair.value)
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            }
        }
        return count
    }
}
