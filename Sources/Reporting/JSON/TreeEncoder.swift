import Foundation

/// Encodes any `Encodable` value into the bytes Foundation's `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and its default strategies, several times faster on
/// Linux: the value is collected as a `JSONTree` of plain Swift values and written by `JSONOutput`.
///
/// Like the default strategies: `Date` as its own encoding (seconds since 2001), `Data` as Base64, `URL` as its
/// absolute string, `Decimal` and floating-point numbers as their description (`1.0` as `1`), a non-finite
/// number is an error. Keys are sorted in ascending byte order, as `.sortedKeys` sorts them on Linux.
enum TreeEncoder {
    /// The document as UTF-8 bytes, plus `suffix`.
    static func encode<Value: Encodable>(_ value: Value, appending suffix: [UInt8] = []) throws -> Data {
        var json = JSONOutput()
        try tree(of: value, codingPath: []).write(to: &json)
        return try json.finish(appending: suffix)
    }

    /// The tree of one value: a string, number or boolean directly, anything else through its `encode(to:)`.
    static func tree<Value: Encodable>(of value: Value, codingPath: [any CodingKey]) throws -> JSONTree {
        // Type comparisons first: a dynamic cast per value would cost more than the encoding.
        if Value.self == String.self, let string = value as? String { return .string(string) }
        if Value.self == Bool.self, let bool = value as? Bool { return .literal(bool ? "true" : "false") }
        if Value.self == Int.self, let int = value as? Int { return .literal(String(int)) }
        if let text = integerText(value) { return .literal(text) }
        if Value.self == Double.self, let double = value as? Double { return try number(double, codingPath: codingPath) }
        if Value.self == Float.self, let float = value as? Float { return try number(float, codingPath: codingPath) }
        if Value.self == Data.self, let data = value as? Data { return .string(data.base64EncodedString()) }
        if Value.self == URL.self, let url = value as? URL { return .string(url.absoluteString) }
        if Value.self == Decimal.self, let decimal = value as? Decimal { return .literal(decimal.description) }
        let encoder = TreeValueEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.result ?? .object(JSONTree.Members())
    }

    /// The decimal text of a value of a standard integer type other than `Int`, else `nil`. The types are compared
    /// one by one: a cast to `any BinaryInteger` makes the Swift runtime search every protocol conformance of the
    /// program for each type it has not seen, which is most of the JSON writer's time in a small scan (issue 17).
    private static func integerText<Value>(_ value: Value) -> String? {
        if Value.self == Int8.self, let integer = value as? Int8 { return String(integer) }
        if Value.self == Int16.self, let integer = value as? Int16 { return String(integer) }
        if Value.self == Int32.self, let integer = value as? Int32 { return String(integer) }
        if Value.self == Int64.self, let integer = value as? Int64 { return String(integer) }
        if Value.self == UInt.self, let integer = value as? UInt { return String(integer) }
        if Value.self == UInt8.self, let integer = value as? UInt8 { return String(integer) }
        if Value.self == UInt16.self, let integer = value as? UInt16 { return String(integer) }
        if Value.self == UInt32.self, let integer = value as? UInt32 { return String(integer) }
        if Value.self == UInt64.self, let integer = value as? UInt64 { return String(integer) }
        return nil
    }

    /// A finite number as `JSONEncoder` writes it: its description without a trailing `.0`.
    static func number<Number: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Number, codingPath: [any CodingKey]
    ) throws -> JSONTree {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath,
                                                          debugDescription: "\(value) is not a valid JSON number"))
        }
        let text = value.description
        return .literal(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }
}

/// The `Encoder` a value's `encode(to:)` writes into: the first container it asks for becomes its tree.
final class TreeValueEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The value written, once a container was asked for.
    private(set) var result: JSONTree?

    /// An encoder for a value at `codingPath`; `result` is given for a superclass's encoder, whose members go
    /// into an object its subclass already placed.
    init(codingPath: [any CodingKey], result: JSONTree? = nil) {
        self.codingPath = codingPath
        self.result = result
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let members: JSONTree.Members
        if case let .object(existing) = result {
            members = existing
        } else {
            members = JSONTree.Members()
            result = .object(members)
        }
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let elements: JSONTree.Elements
        if case let .array(existing) = result {
            elements = existing
        } else {
            elements = JSONTree.Elements()
            result = .array(elements)
        }
        return TreeUnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueContainer(encoder: self)
    }

    fileprivate func set(_ value: JSONTree) {
        result = value
    }
}

private struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let members: JSONTree.Members
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        members.set(key.stringValue, .literal("null"))
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        members.set(key.stringValue, .string(value))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        members.set(key.stringValue, .literal(value ? "true" : "false"))
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        members.set(key.stringValue, .literal(String(value)))
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        members.set(key.stringValue, try TreeEncoder.tree(of: value, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTree.Members()
        members.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(members: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONTree.Elements()
        members.set(key.stringValue, .array(nested))
        return TreeUnkeyedContainer(elements: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(key: "super", codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(key: key.stringValue, codingPath: codingPath + [key])
    }

    /// An encoder whose keyed members go into a new object under `key` (what `JSONEncoder` supports too).
    private func superEncoder(key: String, codingPath: [any CodingKey]) -> any Encoder {
        let nested = JSONTree.Members()
        members.set(key, .object(nested))
        return TreeValueEncoder(codingPath: codingPath, result: .object(nested))
    }
}

private struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let elements: JSONTree.Elements
    let codingPath: [any CodingKey]
    var count: Int { elements.values.count }

    mutating func encodeNil() throws {
        elements.values.append(.literal("null"))
    }

    mutating func encode(_ value: String) throws {
        elements.values.append(.string(value))
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        elements.values.append(try TreeEncoder.tree(of: value, codingPath: codingPath + [IndexKey(count)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTree.Members()
        let path = codingPath + [IndexKey(count)]
        elements.values.append(.object(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(members: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONTree.Elements()
        let path = codingPath + [IndexKey(count)]
        elements.values.append(.array(nested))
        return TreeUnkeyedContainer(elements: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = JSONTree.Members()
        let path = codingPath + [IndexKey(count)]
        elements.values.append(.object(nested))
        return TreeValueEncoder(codingPath: path, result: .object(nested))
    }
}

private struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.set(.literal("null"))
    }

    mutating func encode(_ value: String) throws {
        encoder.set(.string(value))
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        encoder.set(try TreeEncoder.tree(of: value, codingPath: codingPath))
    }
}

/// The position of an element in an array, as a coding key of the path.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
