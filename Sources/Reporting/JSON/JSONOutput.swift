import Foundation

/// Writes pretty-printed JSON straight into UTF-8 bytes, laid out byte for byte as Foundation's `JSONEncoder`
/// lays it out with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces per level,
/// `"key" : value`, an empty container as an opening line, a blank line and its closing bracket, and the same
/// string escapes. It skips the encoder's boxing of every value, which takes seconds for an SBOM of thousands of
/// components on Linux.
///
/// Members must be written in ascending byte order of their keys, as `.sortedKeys` would sort them (debug builds
/// check it); `nil` values are left out, as `encodeIfPresent` leaves them out.
struct JSONOutput {
    /// Where the bytes go, a chunk at a time; `nil` for an element laid out apart (`object(atDepth:_:)`), which
    /// keeps them all.
    private let output: ReportOutput?
    /// Bytes not yet handed to `output`: appending to a buffer is cheaper per byte, and handing it over in chunks
    /// of `ReportOutput.chunkSize` lets a file take the document without it ever being whole in memory.
    private let bytes: JSONBytes
    /// How many containers are open.
    private(set) var depth = 0
    /// Whether the innermost open container has no entry yet.
    private var isEmpty = true
    #if DEBUG
    /// The last key written in each open object, to check the order.
    private var lastKeys: [String?] = []
    #endif

    /// A document written to `output` (in memory unless given).
    init(to output: ReportOutput = ReportOutput()) {
        self.output = output
        bytes = JSONBytes(capacity: ReportOutput.chunkSize + 1024)
    }

    /// Ends the document with `suffix`, hands over what is left and returns what the output kept: the whole
    /// document in memory, nothing for a file. Throws the error of a write that failed.
    @discardableResult
    mutating func finish(appending suffix: [UInt8] = []) throws -> Data {
        bytes.append(suffix)
        flush()
        return try output?.finish() ?? Data(buffer: bytes.bytes)
    }

    /// An object laid out apart from any document, as `element(object:)` lays it out in an array at `depth` (the
    /// `depth` of the document where the array is open), for `element(laidOut:)`: the elements of one array can
    /// be laid out on several threads and placed in order.
    static func object(atDepth depth: Int, _ body: (inout JSONOutput) throws -> Void) rethrows -> [UInt8] {
        var json = JSONOutput(fragmentAt: depth)
        try json.object(body)
        return json.bytes.array
    }

    private init(fragmentAt depth: Int) {
        output = nil
        bytes = JSONBytes()
        self.depth = depth
    }

    private mutating func flush() {
        guard let output else { return }
        output.write(UnsafeRawBufferPointer(bytes.bytes))
        bytes.removeAll()
    }

    // MARK: - Containers

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout JSONOutput) throws -> Void) rethrows {
        open(UInt8(ascii: "{"))
        #if DEBUG
        lastKeys.append(nil)
        #endif
        try body(&self)
        #if DEBUG
        lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    /// Writes an array whose elements `body` writes (with the `element` functions).
    mutating func array(_ body: (inout JSONOutput) throws -> Void) rethrows {
        open(UInt8(ascii: "["))
        try body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Writes an array of strings.
    mutating func array(_ strings: [String]) {
        array { json in
            for string in strings { json.element(string) }
        }
    }

    // MARK: - Object members

    mutating func member(_ key: String, _ value: String?) {
        guard let value else { return }
        memberKey(key)
        string(value)
    }

    mutating func member(_ key: String, _ value: Int) {
        memberKey(key)
        bytes.append(String(value))
    }

    mutating func member(_ key: String, _ value: Bool) {
        memberKey(key)
        bytes.append(value ? "true" : "false")
    }

    mutating func member(_ key: String, object body: (inout JSONOutput) throws -> Void) rethrows {
        memberKey(key)
        try object(body)
    }

    mutating func member(_ key: String, array body: (inout JSONOutput) throws -> Void) rethrows {
        memberKey(key)
        try array(body)
    }

    /// A finite number as `JSONEncoder` writes it (`1.0` as `1`); a non-finite one is an error, as there.
    mutating func member<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ key: String, number: Number) throws {
        let literal = try TreeEncoder.number(number, codingPath: [])
        memberKey(key)
        literal.write(to: &self)
    }

    /// A value the `Encodable` machinery lays out, collected as a tree and written.
    mutating func member(_ key: String, tree: JSONTree) {
        memberKey(key)
        tree.write(to: &self)
    }

    /// A `[String: String]` as an object, its keys in ascending byte order (as `.sortedKeys` sorts them).
    mutating func member(_ key: String, stringValues dictionary: [String: String]) {
        memberKey(key)
        object { json in
            for entry in dictionary.sorted(by: { Self.precedes($0.key, $1.key) }) {
                json.key(entry.key)
                json.value(entry.value)
            }
        }
    }

    mutating func member(_ key: String, strings: [String]?) {
        guard let strings else { return }
        memberKey(key)
        array(strings)
    }

    /// An array with one object per element, whose members `write` writes; nothing when `elements` is `nil` (an
    /// empty list is written as an empty array).
    mutating func member<Element>(_ key: String, objects elements: [Element]?,
                                  _ write: (Element, inout JSONOutput) throws -> Void) rethrows {
        guard let elements else { return }
        try member(key, array: { json in
            for element in elements { try json.element(object: { try write(element, &$0) }) }
        })
    }

    // MARK: - Array elements

    mutating func element(_ value: String) {
        nextEntry()
        string(value)
    }

    mutating func element(object body: (inout JSONOutput) throws -> Void) rethrows {
        nextEntry()
        try object(body)
    }

    /// An element of the open array that `object(atDepth:_:)` laid out at this `depth`.
    mutating func element(laidOut object: [UInt8]) {
        nextEntry()
        bytes.append(object)
    }

    // MARK: - Entries of a tree (`JSONTree`), whose writer orders the keys itself

    /// Starts a member of the open object: its key; the value follows.
    mutating func key(_ key: String) {
        nextEntry()
        string(key)
        bytes.append(UInt8(ascii: " "), UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an element of the open array; the value follows.
    mutating func nextElement() {
        nextEntry()
    }

    /// A string value of a member or element that was started.
    mutating func value(_ value: String) {
        string(value)
    }

    /// A number, `true`, `false` or `null` of a member or element that was started, written as is.
    mutating func literal(_ text: String) {
        bytes.append(text)
    }

    // MARK: - Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket, UInt8(ascii: "\n"))
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(UInt8(ascii: "\n"))
        depth -= 1
        writeIndent()
        bytes.append(bracket)
        isEmpty = false
    }

    /// Starts an entry of the open container: the separator after the previous one, then the indentation.
    private mutating func nextEntry() {
        if bytes.count >= ReportOutput.chunkSize { flush() }
        if !isEmpty { bytes.append(UInt8(ascii: ","), UInt8(ascii: "\n")) }
        isEmpty = false
        writeIndent()
    }

    private mutating func memberKey(_ key: String) {
        #if DEBUG
        if let last = lastKeys[lastKeys.count - 1] {
            assert(last.utf8.lexicographicallyPrecedes(key.utf8), "JSON keys out of order: \(last), \(key)")
        }
        lastKeys[lastKeys.count - 1] = key
        #endif
        self.key(key)
    }

    /// Whether `first` comes before `second` in byte order, compared on their contiguous UTF-8 storage: the order
    /// of `JSONEncoder`'s `.sortedKeys` on Linux.
    static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { left in second.withUTF8 { right in left.lexicographicallyPrecedes(right) } }
    }

    private mutating func writeIndent() {
        bytes.append(UInt8(ascii: " "), times: 2 * depth)
    }

    /// A string literal with Foundation's escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control
    /// characters as `\u00xx`; everything else (slashes and non-ASCII included) as is.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // The string's own storage where it has one (every native string, small ones included), without the copy
        // that `withUTF8` needs.
        if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var value = value
            value.withUTF8 { escaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` with the escapes of `string(_:)`, the runs between them as they are. The bytes are looked
    /// at eight at a time until a word may hold one to escape (`mayNeedEscape`), and one at a time there: most
    /// strings (purls, names, versions, locations) hold none, and a loop over every byte was the largest part of
    /// writing a report (issue 17).
    private mutating func escaped(_ text: UnsafeBufferPointer<UInt8>) {
        let words = UnsafeRawBufferPointer(text)
        var start = 0
        var index = 0
        while index < text.count {
            if index + 8 <= text.count,
               !Self.mayNeedEscape(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(UnsafeBufferPointer(rebasing: text[start..<index]))
                escape(byte)
                start = index + 1
            }
            index += 1
        }
        bytes.append(UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// Whether one of the eight bytes of `word` may need an escape: true exactly when one is below 0x20, a quote or a
    /// backslash. The test for a byte below `n` (n <= 0x80): subtracting `n` from every byte sets the top bit of a
    /// byte below it, and `& ~word` drops the bytes whose own top bit was set; a byte equal to a mark is a byte
    /// below 1 once the mark is XOR-ed out of every byte.
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func hasByte(below n: UInt64, in word: UInt64) -> Bool {
            (word &- ones &* n) & ~word & (ones &* 0x80) != 0
        }
        return hasByte(below: 0x20, in: word)
            || hasByte(below: 1, in: word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            || hasByte(below: 1, in: word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0..<0x20:
            bytes.append("u00")
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        default: bytes.append(byte)
        }
    }
}
