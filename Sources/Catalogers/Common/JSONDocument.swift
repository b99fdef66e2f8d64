import SovScanModel

/// A JSON value that remembers where it starts in its file, so catalogers can point findings at lines.
public struct JSONValue: Sendable {
    /// The kinds of JSON value.
    public enum Kind: Sendable {
        case object(JSONObject)
        case array([JSONValue])
        case string(String)
        /// The number's literal text, so versions like `1.10` and big integers stay exact.
        case number(String)
        case bool(Bool)
        case null
    }

    public let kind: Kind
    /// Byte offset of the value's first character in the document.
    public let offset: Int

    /// The string, if this is a string.
    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    /// The object, if this is an object.
    public var object: JSONObject? {
        if case .object(let value) = kind { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [JSONValue]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    /// The boolean, if this is `true` or `false`.
    public var bool: Bool? {
        if case .bool(let value) = kind { return value }
        return nil
    }

    /// The number's literal text, if this is a number.
    public var numberText: String? {
        if case .number(let value) = kind { return value }
        return nil
    }

    /// The integer value, if this is an integral number.
    public var int: Int? { numberText.flatMap { Int($0) } }

    /// A member of an object (`nil` for other kinds or a missing key).
    public subscript(key: String) -> JSONValue? { object?[key] }

    /// A short name of the kind for messages ("an object", "a string").
    public var kindName: String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// One `"key": value` pair of an object, with the key's position.
public struct JSONMember: Sendable {
    public let key: String
    /// Byte offset of the key's opening quote.
    public let keyOffset: Int
    public let value: JSONValue
}

/// A JSON object with members in document order.
public struct JSONObject: Sendable {
    /// Members in the order they appear; a repeated key appears twice (see `JSONDocument.duplicateKeys`).
    public let members: [JSONMember]

    /// The value of the last member with this key (as `JSON.parse` does).
    public subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    /// The member with this key (the last one when repeated).
    public func member(_ key: String) -> JSONMember? {
        members.last { $0.key == key }
    }
}

/// Line and column lookup for byte offsets of a text.
public struct LineIndex: Sendable {
    private let lineStarts: [Int]

    /// Indexes the line starts of `bytes`.
    public init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        var starts = [0]
        var index = bytes.startIndex
        for byte in bytes {
            if byte == 0x0A { starts.append(index + 1 - bytes.startIndex) }
            index += 1
        }
        lineStarts = starts
    }

    /// The 1-based line and column of a byte offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}

/// A parsed JSON file: the root value, a line index and the repeated keys found.
public struct JSONDocument: Sendable {
    public let root: JSONValue
    public let lines: LineIndex
    /// Keys that occur more than once in the same object (offsets of the later occurrences).
    public let duplicateKeys: [(key: String, offset: Int)]

    /// Parses `bytes` as JSON (RFC 8259; a leading UTF-8 byte-order mark is skipped).
    /// - Throws: `JSONSyntaxError` with the line and column of the first error.
    public init(bytes: [UInt8]) throws {
        let lines = LineIndex(bytes)
        var parser = JSONParser(bytes: bytes)
        do {
            root = try parser.parseDocument()
        } catch {
            let position = lines.position(of: error.offset)
            throw JSONSyntaxError(message: error.message, line: position.line, column: position.column)
        }
        self.lines = lines
        duplicateKeys = parser.duplicateKeys
    }

    /// The source location of a value in `file`.
    public func location(of value: JSONValue, file: String) -> SourceLocation {
        location(ofOffset: value.offset, file: file)
    }

    /// The source location of a byte offset in `file`.
    public func location(ofOffset offset: Int, file: String) -> SourceLocation {
        let position = lines.position(of: offset)
        return SourceLocation(file: file, line: position.line, column: position.column)
    }
}

/// Why a JSON text could not be parsed, with the position of the problem.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int

    public var description: String { "invalid JSON at line \(line), column \(column): \(message)" }
}
