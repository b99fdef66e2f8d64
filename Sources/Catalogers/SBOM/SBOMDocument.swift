import SovScanModel

/// An SBOM file read without ever holding it as one tree, so memory follows the components kept, not the JSON:
/// one pass checks the syntax and notes where each member of the root object starts; readers then parse the
/// small members whole and stream the long lists (`components`, `packages`, `dependencies`, `relationships`)
/// one element at a time.
struct SBOMDocument {
    let bytes: [UInt8]
    let file: String
    private let lines: SparseLineIndex
    /// Offset of each root member's value (the last one when a key repeats, as `JSON.parse` keeps it).
    private let valueOffsets: [String: Int]

    /// Why a document is not an SBOM at all: its syntax, or a root that is not an object.
    struct Refusal: Error {
        let diagnostic: Diagnostic
    }

    /// Checks the whole document's syntax and indexes its root object.
    init(bytes: [UInt8], file: String) throws(Refusal) {
        self.bytes = bytes
        self.file = file
        lines = SparseLineIndex(bytes)
        var parser = JSONParser(bytes: bytes)
        var offsets: [String: Int] = [:]
        do throws(JSONParser.Failure) {
            let rootOffset = parser.currentOffset()
            guard parser.nextValueStart() == UInt8(ascii: "{") else {
                try parser.skipValue()
                try parser.finish()
                let found = bytes.indices.contains(rootOffset) ? Self.kindName(startingWith: bytes[rootOffset]) : "no value"
                throw JSONParser.Failure(offset: rootOffset, message: "an SBOM is a JSON object, found \(found)")
            }
            try parser.beginObject()
            var first = true
            while let (key, _) = try parser.nextKey(first: &first) {
                offsets[key] = parser.currentOffset()
                try parser.skipValue()
            }
            try parser.finish()
        } catch {
            let position = lines.position(of: error.offset)
            let at = SourceLocation(file: file, line: position.line, column: position.column)
            let message = error.message.hasPrefix("an SBOM is") ? error.message : "not a JSON SBOM: \(error.message)"
            throw Refusal(diagnostic: Diagnostic(.error, message, at: at))
        }
        valueOffsets = offsets
    }

    /// Whether the root object has a member `key`.
    func contains(_ key: String) -> Bool { valueOffsets[key] != nil }

    /// The root member `key`, parsed whole (for the small members: versions, metadata, lists of names).
    func value(_ key: String) -> JSONValue? {
        guard let offset = valueOffsets[key] else { return nil }
        var parser = JSONParser(bytes: bytes, at: offset)
        return try? parser.parseValue()
    }

    /// A parser at the start of the root member `key`, when it is an array; when it is something else, an error
    /// diagnostic (whatever it holds is not read) and `nil`.
    func arrayParser(_ key: String, diagnostics: inout [Diagnostic]) -> JSONParser? {
        guard let offset = valueOffsets[key] else { return nil }
        var parser = JSONParser(bytes: bytes, at: offset)
        guard let start = parser.nextValueStart(), start == UInt8(ascii: "[") else {
            let kind = parser.nextValueStart().map(Self.kindName(startingWith:)) ?? "no value"
            diagnostics.append(Self.notAnArray(key, kind: kind, at: location(ofOffset: offset)))
            return nil
        }
        return parser
    }

    /// Calls `body` with each element of the root list `key`, parsed one at a time.
    func forEachElement(of key: String, diagnostics: inout [Diagnostic], _ body: (JSONValue, inout [Diagnostic]) -> Void) {
        guard var parser = arrayParser(key, diagnostics: &diagnostics) else { return }
        do throws(JSONParser.Failure) {
            try parser.beginArray()
            var first = true
            while try parser.nextElement(first: &first) { body(try parser.parseValue(), &diagnostics) }
        } catch {
            // The first pass checked the syntax; this is only reached if the bytes changed under us.
            diagnostics.append(Diagnostic(.error, "not a JSON SBOM: \(error.message); the rest of '\(key)' is not read",
                                          at: location(ofOffset: error.offset)))
        }
    }

    /// The position of a value.
    func location(of value: JSONValue) -> SourceLocation { location(ofOffset: value.offset) }

    /// The position of a byte offset.
    func location(ofOffset offset: Int) -> SourceLocation {
        let position = lines.position(of: offset)
        return SourceLocation(file: file, line: position.line, column: position.column)
    }

    /// The error for a list that is not an array.
    static func notAnArray(_ key: String, kind: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "'\(key)' should be an array, not \(kind); it is not read", at: location)
    }

    /// The kind of value a first byte starts ("an object", "a string"), as `JSONValue.kindName` says it.
    static func kindName(startingWith byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }
}
