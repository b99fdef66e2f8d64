import Foundation

/// A folder of data sovscan compiled from its own source files (the rules' YAML, the licence data), so that a
/// process starts without parsing them again. Content-addressed: an entry's key is made from the compiling
/// program and every source file's name and bytes, so an edited rule file, a new layer or a rebuilt sovscan
/// simply misses and compiles afresh; a stale entry can never be read. Reading or writing failures only cost
/// the compile (the cache is a speed-up, never a source of truth). Forms compiled when sovscan was built (the
/// bundled `Rules/`, see `BundledRules`) are served first, by their `sourceKey`, so that even a first run on a
/// machine parses no YAML.
public struct CompiledCache: Sendable {
    /// One source file of a compiled form: the name it is known by and its bytes.
    public struct Source: Sendable {
        public let name: String
        public let bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// How many entries of one kind are kept (a debug and a release build, several rule layers).
    static let entriesKept = 8

    /// The folder holding the entries (created on the first write).
    public let directory: String
    /// Compiled forms made when sovscan was built, by `sourceKey`, each decoded when first read; never written to
    /// the folder.
    public let prebuilt: [String: LoadedOnce<[UInt8]>]

    public init(directory: String, prebuilt: [String: LoadedOnce<[UInt8]>] = [:]) {
        self.directory = directory
        self.prebuilt = prebuilt
    }

    /// The cache inside sovscan's cache folder (`--cache`, by default `~/.cache/sovscan`).
    public init(cacheRoot: String, prebuilt: [String: LoadedOnce<[UInt8]>] = [:]) {
        self.init(directory: cacheRoot + "/compiled", prebuilt: prebuilt)
    }

    /// The key of a compiled form by what it is made from: its kind and format version, and the name and bytes of
    /// every source, in order. A form compiled at build time is known by it (the compiler and sovscan are built
    /// from the same sources in one build).
    public static func sourceKey(kind: String, formatVersion: Int, sources: [Source]) -> String {
        var hash = FNV1a64()
        hash.add(kind)
        hash.add(String(formatVersion))
        for source in sources {
            hash.add(source.name)
            hash.add(String(source.bytes.count))
            hash.add(source.bytes)
        }
        let total = sources.reduce(0) { $0 + $1.bytes.count }
        return kind + "-" + String(hash.value, radix: 16) + "-" + String(total, radix: 16)
    }

    /// The key of an entry of the folder: the `sourceKey` and the running program (path, size and modification
    /// time: any rebuild changes the compiler).
    public static func key(sourceKey: String) -> String {
        var hash = FNV1a64()
        hash.add(sourceKey)
        hash.add(programIdentity)
        let kind = sourceKey.prefix { $0 != "-" }
        let total = sourceKey.split(separator: "-").last ?? ""
        return kind + "-" + String(hash.value, radix: 16) + "-" + total
    }

    /// The key of an entry of the folder for `sources` (`key(sourceKey:)` of their `sourceKey`).
    public static func key(kind: String, formatVersion: Int, sources: [Source]) -> String {
        key(sourceKey: sourceKey(kind: kind, formatVersion: formatVersion, sources: sources))
    }

    /// The entry stored under `key`, if any.
    public func load(key: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path(key)) else { return nil }
        return [UInt8](data)
    }

    /// The compiled form of the sources known by `sourceKey`: the one made at build time when there is one, else
    /// the folder's entry.
    public func load(sourceKey: String) -> [UInt8]? {
        prebuilt[sourceKey]?.value ?? load(key: Self.key(sourceKey: sourceKey))
    }

    /// Stores an entry (written to a temporary file and renamed, so readers never see half of it) and drops the
    /// oldest entries of its kind beyond `entriesKept`.
    public func store(_ bytes: [UInt8], key: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
              (try? Data(bytes).write(to: URL(fileURLWithPath: path(key)), options: .atomic)) != nil
        else { return }
        let kind = key.prefix { $0 != "-" } + "-"
        let entries = ((try? manager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix(kind) && $0.hasSuffix(".bin") }
            .map { name in
                (name, (try? manager.attributesOfItem(atPath: directory + "/" + name)[.modificationDate] as? Date)
                    ?? .distantPast)
            }
            .sorted { $0.1 > $1.1 }
        for (name, _) in entries.dropFirst(Self.entriesKept) {
            try? manager.removeItem(atPath: directory + "/" + name)
        }
    }

    private func path(_ key: String) -> String { directory + "/" + key + ".bin" }

    /// The running executable's path, size and modification time.
    static let programIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(path)\u{0}\(size)\u{0}\(modified)"
    }()
}

/// FNV-1a, 64 bits: a fast hash of bytes for cache keys (not for anything an attacker chooses to collide).
struct FNV1a64 {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        value = hash
    }

    /// Adds the text's UTF-8 and a separator, so `"ab" + "c"` and `"a" + "bc"` differ.
    mutating func add(_ text: String) {
        add(Array(text.utf8))
        add([0])
    }
}
