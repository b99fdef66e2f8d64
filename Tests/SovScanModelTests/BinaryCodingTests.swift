import Foundation
import SovScanModel
import Testing

@Suite struct BinaryCodingTests {
    @Test func valuesComeBackInTheOrderTheyWereWritten() throws {
        var writer = BinaryWriter()
        writer.write(-42)
        writer.write("Ærø – København")
        writer.write(String?.none)
        writer.write(Optional("x"))
        writer.write(true)
        writer.write(0.85)
        writer.write(["a", "", "ü"])
        writer.write(Int?.some(7))
        var reader = BinaryReader(writer.bytes)
        let number = try reader.readInt()
        let text = try reader.readString()
        let absent = try reader.readOptionalString()
        let present = try reader.readOptionalString()
        let flag = try reader.readBool()
        let fraction = try reader.readDouble()
        let list = try reader.readStrings()
        let optionalNumber = try reader.readOptionalInt()
        #expect(number == -42)
        #expect(text == "Ærø – København")
        #expect(absent == nil)
        #expect(present == "x")
        #expect(flag)
        #expect(fraction == 0.85)
        #expect(list == ["a", "", "ü"])
        #expect(optionalNumber == 7)
        #expect(reader.isAtEnd)
    }

    @Test func truncatedOrForeignBytesThrowInsteadOfCrashing() {
        var writer = BinaryWriter()
        writer.write("hello")
        let bytes = writer.bytes
        for length in 0..<bytes.count {
            var reader = BinaryReader(Array(bytes.prefix(length)))
            #expect(throws: BinaryReader.Malformed.self) { try reader.readString() }
        }
        // A count larger than the bytes left, a negative count, a bool that is neither 0 nor 1, invalid UTF-8.
        var huge = BinaryWriter()
        huge.write(Int.max)
        var reader = BinaryReader(huge.bytes)
        #expect(throws: BinaryReader.Malformed.self) { try reader.readStrings() }
        var negative = BinaryWriter()
        negative.write(-1)
        reader = BinaryReader(negative.bytes)
        #expect(throws: BinaryReader.Malformed.self) { try reader.readString() }
        reader = BinaryReader([2])
        #expect(throws: BinaryReader.Malformed.self) { try reader.readBool() }
        var invalid = BinaryWriter()
        invalid.write(2)
        reader = BinaryReader(invalid.bytes + [0xC3, 0x28])
        #expect(throws: BinaryReader.Malformed.self) { try reader.readString() }
    }

    @Test func cacheKeysChangeWithEveryByteAndName() {
        let base = [CompiledCache.Source(name: "Rules/vendors.yml", bytes: Array("a: 1".utf8))]
        let key = CompiledCache.key(kind: "rules", formatVersion: 1, sources: base)
        #expect(key == CompiledCache.key(kind: "rules", formatVersion: 1, sources: base))
        #expect(key.hasPrefix("rules-"))
        let variants = [
            CompiledCache.key(kind: "rules", formatVersion: 2, sources: base),
            CompiledCache.key(kind: "licences", formatVersion: 1, sources: base),
            CompiledCache.key(kind: "rules", formatVersion: 1,
                              sources: [CompiledCache.Source(name: "Rules/vendors.yml", bytes: Array("a: 2".utf8))]),
            CompiledCache.key(kind: "rules", formatVersion: 1,
                              sources: [CompiledCache.Source(name: "Rules/bindings.yml", bytes: Array("a: 1".utf8))]),
            CompiledCache.key(kind: "rules", formatVersion: 1, sources: base + base),
        ]
        #expect(Set(variants + [key]).count == variants.count + 1)
    }

    @Test func aFormCompiledAtBuildTimeIsServedByItsSourceKeyBeforeTheFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = [CompiledCache.Source(name: "Rules/vendors.yml", bytes: Array("a: 1".utf8))]
        let sourceKey = CompiledCache.sourceKey(kind: "rules", formatVersion: 1, sources: sources)
        // The folder's key is the source key and the running program; both name the kind and the total size.
        #expect(CompiledCache.key(sourceKey: sourceKey) == CompiledCache.key(kind: "rules", formatVersion: 1, sources: sources))
        #expect(CompiledCache.key(sourceKey: sourceKey) != sourceKey)
        #expect(sourceKey.hasPrefix("rules-") && sourceKey.hasSuffix("-4"))
        #expect(CompiledCache.key(sourceKey: sourceKey).hasPrefix("rules-"))
        #expect(CompiledCache.key(sourceKey: sourceKey).hasSuffix("-4"))

        let plain = CompiledCache(directory: folder.path)
        #expect(plain.load(sourceKey: sourceKey) == nil)
        plain.store([1], key: CompiledCache.key(sourceKey: sourceKey))
        #expect(plain.load(sourceKey: sourceKey) == [1])
        let prebuilt = CompiledCache(directory: folder.path, prebuilt: [sourceKey: LoadedOnce(loaded: [2])])
        #expect(prebuilt.load(sourceKey: sourceKey) == [2])
    }

    @Test func theCacheStoresAtomicallyAndKeepsFewEntriesPerKind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = CompiledCache(directory: folder.path)
        #expect(cache.load(key: "rules-1") == nil)
        cache.store([1, 2, 3], key: "rules-1")
        #expect(cache.load(key: "rules-1") == [1, 2, 3])
        for number in 2...12 { cache.store([UInt8(number)], key: "rules-\(number)") }
        cache.store([9], key: "licences-1")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { $0.hasPrefix("rules-") }.count == 8)
        #expect(names.contains("licences-1.bin"))
    }
}
