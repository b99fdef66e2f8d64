import Foundation
import SovScanModel

/// The licence list, alias table and word equivalences in `BinaryWriter`'s compact form, kept in a `CompiledCache`
/// so a process does not decode `spdx-licenses.json` and `equivalent-words.json` and parse `categories.yml` and
/// `aliases.yml` on every start. The files stay the
/// only source: the cache key holds their bytes. The text index is not part of it (`LazyLicenseTextIndex`).
struct CompiledLicenseData {
    /// Bumped whenever the compact form changes (the key also changes with every rebuild of sovscan).
    static let formatVersion = 2
    /// The files of `Rules/licenses/` the list, the aliases and the word equivalences are made from.
    static let sourceFiles = ["spdx-licenses.json", "spdx-exceptions.json", "categories.yml", "aliases.yml",
                              "equivalent-words.json"]
    /// Expressions in the aliases nest a few levels; deeper bytes are damaged.
    static let maximumDepth = 32

    var list: LicenseList
    var aliases: LicenseAliases
    /// What the licence text identifier reads as one word (`TextNormalizer`).
    var equivalentWords: TextNormalizer.EquivalentWords

    /// The list and aliases of a rules folder: from `cache` when it (or the form compiled at build time) holds the
    /// compiled form of the same files, else parsed (and stored).
    static func load(rulesDirectory: URL, cache: CompiledCache) throws -> CompiledLicenseData {
        let sourceKey = try self.sourceKey(rulesDirectory: rulesDirectory)
        if let bytes = cache.load(sourceKey: sourceKey), let data = try? CompiledLicenseData(compiled: bytes) {
            return data
        }
        let data = try parse(rulesDirectory: rulesDirectory)
        cache.store(data.compiled(), key: CompiledCache.key(sourceKey: sourceKey))
        return data
    }

    /// The `CompiledCache.sourceKey` of a rules folder's licence files.
    static func sourceKey(rulesDirectory: URL) throws -> String {
        let folder = rulesDirectory.appendingPathComponent("licenses")
        var sources: [CompiledCache.Source] = []
        for name in sourceFiles {
            sources.append(CompiledCache.Source(name: name, bytes: [UInt8](try RulesFile.data(folder.appendingPathComponent(name)))))
        }
        return CompiledCache.sourceKey(kind: "licences", formatVersion: formatVersion, sources: sources)
    }

    /// The list and aliases parsed from the files.
    static func parse(rulesDirectory: URL) throws -> CompiledLicenseData {
        let list = try LicenseList.load(rulesDirectory: rulesDirectory)
        let aliases = try LicenseAliases.load(rulesDirectory: rulesDirectory, list: list,
                                              resolver: LicenseExpressionResolver(list: list))
        return CompiledLicenseData(list: list, aliases: aliases,
                                   equivalentWords: try TextNormalizer.equivalentWords(rulesDirectory: rulesDirectory))
    }

    init(list: LicenseList, aliases: LicenseAliases, equivalentWords: TextNormalizer.EquivalentWords) {
        self.list = list
        self.aliases = aliases
        self.equivalentWords = equivalentWords
    }

    func compiled() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.formatVersion)
        writer.write(list.allLicenses) { writer, license in
            writer.write(license.id)
            writer.write(license.name)
            writer.write(license.osi)
            writer.write(license.fsf)
            writer.write(license.ossOverride)
            writer.write(license.deprecated)
            writer.write(license.replacedBy)
            writer.write(license.replacedByOrLater)
            writer.write(license.category.rawValue)
            writer.write(license.urls)
            writer.write(license.isSPDX)
        }
        writer.write(list.allExceptions) { writer, exception in
            writer.write(exception.id)
            writer.write(exception.name)
            writer.write(exception.deprecated)
            writer.write(exception.weakensCopyleft)
        }
        for table in [aliases.names, aliases.urls] {
            writer.write(table.sorted { $0.key < $1.key }) { writer, entry in
                writer.write(entry.key)
                writer.write(entry.value.expression)
                writer.write(entry.value.confidence)
                writer.write(entry.value.origin)
            }
        }
        for table in [equivalentWords.single, equivalentWords.pairs] {
            writer.write(table.sorted { $0.key < $1.key }) { writer, entry in
                writer.write(entry.key)
                writer.write(entry.value)
            }
        }
        return writer.bytes
    }

    init(compiled bytes: [UInt8]) throws(BinaryReader.Malformed) {
        typealias Malformed = BinaryReader.Malformed
        var reader = BinaryReader(bytes)
        guard try reader.readInt() == Self.formatVersion else { throw Malformed(offset: 0) }
        let licenses = try reader.readArray { (reader: inout BinaryReader) throws(Malformed) in
            LicenseInfo(id: try reader.readString(), name: try reader.readString(), osi: try reader.readBool(),
                        fsf: try reader.readBool(), ossOverride: try reader.readOptionalBool(),
                        deprecated: try reader.readBool(), replacedBy: try reader.readOptionalString(),
                        replacedByOrLater: try reader.readOptionalString(),
                        category: try reader.readEnum(LicenseCategory.self), urls: try reader.readStrings(),
                        isSPDX: try reader.readBool())
        }
        let exceptions = try reader.readArray { (reader: inout BinaryReader) throws(Malformed) in
            LicenseExceptionInfo(id: try reader.readString(), name: try reader.readString(),
                                 deprecated: try reader.readBool(), weakensCopyleft: try reader.readBool())
        }
        func table(_ reader: inout BinaryReader) throws(Malformed) -> [String: AliasTarget] {
            let entries = try reader.readArray { (reader: inout BinaryReader) throws(Malformed) in
                (try reader.readString(),
                 AliasTarget(expression: try reader.readExpression(depth: 0), confidence: try reader.readDouble(),
                             origin: try reader.readString()))
            }
            return Dictionary(entries, uniquingKeysWith: { first, _ in first })
        }
        func words(_ reader: inout BinaryReader) throws(Malformed) -> [String: String] {
            let entries = try reader.readArray { (reader: inout BinaryReader) throws(Malformed) in
                (try reader.readString(), try reader.readString())
            }
            return Dictionary(entries, uniquingKeysWith: { first, _ in first })
        }
        let names = try table(&reader)
        let urls = try table(&reader)
        let single = try words(&reader)
        let pairs = try words(&reader)
        guard reader.isAtEnd else { throw Malformed(offset: reader.offset) }
        self.init(list: LicenseList(licenses: licenses, exceptions: exceptions),
                  aliases: LicenseAliases(names: names, urls: urls),
                  equivalentWords: TextNormalizer.EquivalentWords(single: single, pairs: pairs))
    }
}

extension LicenseEnricher {
    /// The licence list and aliases of a rules folder compiled, with the `CompiledCache.sourceKey` of their files,
    /// for the build-time compiler (`sovscan-compile-rules`).
    public static func compiledData(rulesDirectory: URL) throws -> (sourceKey: String, bytes: [UInt8]) {
        (try CompiledLicenseData.sourceKey(rulesDirectory: rulesDirectory),
         try CompiledLicenseData.parse(rulesDirectory: rulesDirectory).compiled())
    }
}

extension BinaryWriter {
    /// A tag (0 licence, 1 `AND`, 2 `OR`), then the licence's fields or the operands.
    mutating func write(_ expression: LicenseExpression) {
        switch expression {
        case .license(let id, let orLater, let exception):
            write(0)
            write(id)
            write(orLater)
            write(exception)
        case .and(let operands):
            write(1)
            write(operands) { $0.write($1) }
        case .or(let operands):
            write(2)
            write(operands) { $0.write($1) }
        }
    }
}

extension BinaryReader {
    mutating func readExpression(depth: Int) throws(Malformed) -> LicenseExpression {
        let start = offset
        guard depth < CompiledLicenseData.maximumDepth else { throw Malformed(offset: start) }
        switch try readInt() {
        case 0:
            return .license(id: try readString(), orLater: try readBool(), exception: try readOptionalString())
        case 1:
            return .and(try readArray { (reader: inout BinaryReader) throws(Malformed) in
                try reader.readExpression(depth: depth + 1)
            })
        case 2:
            return .or(try readArray { (reader: inout BinaryReader) throws(Malformed) in
                try reader.readExpression(depth: depth + 1)
            })
        default:
            throw Malformed(offset: start)
        }
    }
}
