import SovScanModel

/// Walks a CycloneDX `components` list and the lists nested in its components one component at a time: each
/// component is handed over as an object without its own `components` member, so no more than one component is
/// held as a tree, however long or deep the lists are. Components come in document pre-order (a parent before
/// its children), as a tree walk would give them.
struct CycloneDXComponentStream {
    /// The deepest nesting of `components` read; deeper ones are reported and skipped.
    static let maximumDepth = 64

    /// What receives each component (or list element that is not an object), its pre-order position, and the
    /// diagnostics to add to.
    typealias Visit = (_ value: JSONValue, _ order: Int, _ diagnostics: inout [Diagnostic]) -> Void

    let document: SBOMDocument
    private var nextOrder = 0
    private(set) var diagnostics: [Diagnostic] = []

    init(document: SBOMDocument) {
        self.document = document
    }

    /// Streams the root's `components` to `visit`; a syntax error (only if the bytes changed since the
    /// document's check) ends the walk with an error.
    mutating func run(_ visit: Visit) {
        guard var parser = document.arrayParser("components", diagnostics: &diagnostics) else { return }
        do throws(JSONParser.Failure) {
            try list(&parser, depth: 1, visit)
        } catch {
            diagnostics.append(Diagnostic(.error, "not a JSON SBOM: \(error.message); the rest of 'components' is not read",
                                          at: document.location(ofOffset: error.offset)))
        }
    }

    private mutating func list(_ parser: inout JSONParser, depth: Int, _ visit: Visit) throws(JSONParser.Failure) {
        try parser.beginArray()
        var first = true
        while try parser.nextElement(first: &first) {
            if parser.nextValueStart() == UInt8(ascii: "{") {
                try component(&parser, depth: depth, visit)
            } else {
                let order = takeOrder()
                visit(try parser.parseValue(), order, &diagnostics)
            }
        }
    }

    private mutating func component(_ parser: inout JSONParser, depth: Int, _ visit: Visit) throws(JSONParser.Failure) {
        let order = takeOrder()
        let start = parser.currentOffset()
        try parser.beginObject()
        var members: [JSONMember] = []
        var first = true
        while let (key, keyOffset) = try parser.nextKey(first: &first) {
            guard key == "components" else {
                members.append(JSONMember(key: key, keyOffset: keyOffset, value: try parser.parseValue()))
                continue
            }
            if parser.nextValueStart() != UInt8(ascii: "[") {
                let value = try parser.parseValue()
                diagnostics.append(SBOMDocument.notAnArray(key, kind: value.kindName, at: document.location(of: value)))
            } else if depth >= Self.maximumDepth {
                if try skipList(&parser) {
                    diagnostics.append(Diagnostic(.error, "components nested deeper than \(Self.maximumDepth) levels are left out",
                                                  at: document.location(ofOffset: start)))
                }
            } else {
                try list(&parser, depth: depth + 1, visit)
            }
        }
        visit(JSONValue(kind: .object(JSONObject(members: members)), offset: start), order, &diagnostics)
    }

    /// Passes over a list; whether it held anything.
    private mutating func skipList(_ parser: inout JSONParser) throws(JSONParser.Failure) -> Bool {
        try parser.beginArray()
        var first = true
        var skipped = false
        while try parser.nextElement(first: &first) {
            try parser.skipValue()
            skipped = true
        }
        return skipped
    }

    private mutating func takeOrder() -> Int {
        defer { nextOrder += 1 }
        return nextOrder
    }
}
