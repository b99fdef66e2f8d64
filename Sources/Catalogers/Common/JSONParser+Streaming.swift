/// Reading a document piece by piece, for files too large to hold as one tree (a supplier's SBOM of a million
/// components): the caller walks the containers it wants to stream with `beginObject`/`nextKey` and
/// `beginArray`/`nextElement`, and takes every other value whole with `parseValue` or passes it with `skipValue`.
extension JSONParser {
    /// A parser positioned at `offset` of `bytes` (a value's offset from an earlier pass).
    init(bytes: [UInt8], at offset: Int) {
        self.init(bytes: bytes)
        index = max(index, min(offset, bytes.count))
    }

    /// The byte offset the parser has reached (after any whitespace).
    mutating func currentOffset() -> Int {
        skipWhitespace()
        return index
    }

    /// The first byte of the next value (`{`, `[`, `"` ...), without consuming it; `nil` at the end.
    mutating func nextValueStart() -> UInt8? {
        skipWhitespace()
        return peek()
    }

    /// Consumes the `{` of an object whose members the caller reads with `nextKey`.
    mutating func beginObject() throws(Failure) {
        guard nextValueStart() == UInt8(ascii: "{") else { throw Failure(offset: index, message: "expected an object") }
        try enter()
        index += 1
    }

    /// The next member's key and the key's offset, leaving the parser at the member's value; `nil` once the
    /// object's `}` is consumed. `first` is `true` before the first call for an object.
    mutating func nextKey(first: inout Bool) throws(Failure) -> (key: String, offset: Int)? {
        guard try nextItem(first: &first, closer: UInt8(ascii: "}"), container: "an object") else { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw Failure(offset: index, message: "expected a key in quotes") }
        let offset = index
        let key = try parseString()
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw Failure(offset: index, message: "expected ':' after a key") }
        index += 1
        skipWhitespace()
        return (key, offset)
    }

    /// Consumes the `[` of an array whose elements the caller reads after each `nextElement`.
    mutating func beginArray() throws(Failure) {
        guard nextValueStart() == UInt8(ascii: "[") else { throw Failure(offset: index, message: "expected an array") }
        try enter()
        index += 1
    }

    /// Whether another element follows (the parser is then at it); `false` once the array's `]` is consumed.
    mutating func nextElement(first: inout Bool) throws(Failure) -> Bool {
        try nextItem(first: &first, closer: UInt8(ascii: "]"), container: "an array")
    }

    /// Passes over one value, checking its syntax, without building it.
    mutating func skipValue() throws(Failure) {
        switch nextValueStart() {
        case UInt8(ascii: "{"):
            try beginObject()
            var first = true
            while try nextKey(first: &first) != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            var first = true
            while try nextElement(first: &first) { try skipValue() }
        default:
            _ = try parseValue()
        }
    }

    /// Checks that nothing but whitespace follows the document's value.
    mutating func finish() throws(Failure) {
        guard nextValueStart() == nil else { throw Failure(offset: index, message: "unexpected text after the JSON value") }
    }

    /// Moves past the separator before an item; `false` (with the closer consumed) at the container's end.
    private mutating func nextItem(first: inout Bool, closer: UInt8, container: String) throws(Failure) -> Bool {
        skipWhitespace()
        if first {
            first = false
        } else {
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                guard peek() != closer else { throw Failure(offset: index, message: "a trailing ',' in \(container)") }
                return true
            case closer:
                break
            case nil:
                throw Failure(offset: index, message: "unexpected end of file in \(container)")
            default:
                throw Failure(offset: index, message: "expected ',' or '\(Character(Unicode.Scalar(closer)))' in \(container)")
            }
        }
        guard peek() == closer else {
            guard peek() != nil else { throw Failure(offset: index, message: "unexpected end of file in \(container)") }
            return true
        }
        index += 1
        depth -= 1
        return false
    }
}
