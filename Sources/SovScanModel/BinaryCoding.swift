/// Writes values into a compact byte form for data sovscan compiles for itself (rules, licence data in
/// `CompiledCache`): little-endian integers, length-prefixed UTF-8 strings, a presence byte before optionals.
/// `BinaryReader` reads them back in the same order.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Double) { write(value.bitPattern) }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    /// A presence byte, then the value when there is one.
    public mutating func write<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
        write(value != nil)
        if let value { body(&self, value) }
    }

    public mutating func write(_ value: String?) { write(value) { $0.write($1) } }
    public mutating func write(_ value: Int?) { write(value) { $0.write($1) } }
    public mutating func write(_ value: Bool?) { write(value) { $0.write($1) } }
    public mutating func write(_ value: Double?) { write(value) { $0.write($1) } }

    /// A count, then each element.
    public mutating func write<T>(_ values: [T], _ body: (inout BinaryWriter, T) -> Void) {
        write(values.count)
        for value in values { body(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote. Every read checks the bounds: truncated or foreign bytes throw `Malformed`,
/// never crash, so a damaged cache file is only a cache miss.
public struct BinaryReader {
    /// The bytes do not hold what the reader expects.
    public struct Malformed: Error, Sendable, Hashable {
        public let offset: Int
        public init(offset: Int) { self.offset = offset }
    }

    private let bytes: [UInt8]
    public private(set) var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func readUInt64() throws(Malformed) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Malformed(offset: offset) }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    public mutating func readInt() throws(Malformed) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: try readUInt64()))
    }

    public mutating func readDouble() throws(Malformed) -> Double { Double(bitPattern: try readUInt64()) }

    public mutating func readBool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed(offset: offset) }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// A count of things still to come: never negative, never more than the bytes left could hold.
    public mutating func readCount() throws(Malformed) -> Int {
        let start = offset
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed(offset: start) }
        return count
    }

    public mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        let start = offset
        offset += count
        guard let text = bytes.withUnsafeBufferPointer({ buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]), as: UTF8.self)
        }) else { throw Malformed(offset: start) }
        return text
    }

    public mutating func readStrings() throws(Malformed) -> [String] {
        try readArray { (reader: inout BinaryReader) throws(Malformed) in try reader.readString() }
    }

    public mutating func readOptional<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try readBool() ? try body(&self) : nil
    }

    public mutating func readOptionalString() throws(Malformed) -> String? {
        try readOptional { (reader: inout BinaryReader) throws(Malformed) in try reader.readString() }
    }

    public mutating func readOptionalInt() throws(Malformed) -> Int? {
        try readOptional { (reader: inout BinaryReader) throws(Malformed) in try reader.readInt() }
    }

    public mutating func readOptionalBool() throws(Malformed) -> Bool? {
        try readOptional { (reader: inout BinaryReader) throws(Malformed) in try reader.readBool() }
    }

    public mutating func readOptionalDouble() throws(Malformed) -> Double? {
        try readOptional { (reader: inout BinaryReader) throws(Malformed) in try reader.readDouble() }
    }

    public mutating func readArray<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try readCount()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try body(&self)) }
        return values
    }

    /// A raw-valued enum written as its raw string.
    public mutating func readEnum<T: RawRepresentable>(_ type: T.Type) throws(Malformed) -> T where T.RawValue == String {
        let start = offset
        guard let value = T(rawValue: try readString()) else { throw Malformed(offset: start) }
        return value
    }
}
