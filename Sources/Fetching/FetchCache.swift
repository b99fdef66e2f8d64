import Foundation

/// The on-disk cache of fetched answers: plain files under one folder, written atomically (a temporary file in
/// the same folder, then a rename), so that parallel runs and a killed process never leave a half-written entry.
///
/// Keys are relative paths made of safe segments. Beside an entry may stand:
/// - `KEY.sovscan-missing`: the sources answered "not found" (lists the URLs asked), honoured until `--refresh`;
/// - `KEY.sovscan-http.json`: for answers that can change (a licence at a branch), the URL, fetch date and HTTP
///   validators (`ETag`, `Last-Modified`) to revalidate with.
public struct FetchCache: Sendable {
    /// The cache folder.
    public let root: String
    /// Entries larger than this are not read (a damaged or planted file).
    public var maximumEntrySize = 64 << 20

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The default folder: `$XDG_CACHE_HOME/sovscan`, else `~/.cache/sovscan`.
    public static func defaultRoot(environment: [String: String] = ProcessInfo.processInfo.environment,
                                   home: String = NSHomeDirectory()) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/sovscan" }
        return home + "/.cache/sovscan"
    }

    /// Whether a key is a relative path of safe segments (no `..`, no empty or hidden segments, no NUL).
    /// Read on the bytes: every component of an offline scan asks, and Foundation's `contains` is slow.
    public static func isValidKey(_ key: String) -> Bool {
        let bytes = key.utf8
        guard !bytes.contains(0), !bytes.contains(UInt8(ascii: "\\")) else { return false }
        // A leading "/" or "//" gives an empty segment; "." and ".." start with a dot.
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { segment in
            segment.first.map { $0 != UInt8(ascii: ".") } ?? false
        }
    }

    /// The absolute path of a key.
    public func path(_ key: String) -> String { root + "/" + key }

    /// Whether `path` (which need not exist) lies inside the cache folder once symbolic links are resolved: a
    /// committed cache may hold a link that would lead a read or a write elsewhere.
    func staysInside(_ path: String) -> Bool {
        guard let base = realpath(root, nil) else { return false }
        defer { free(base) }
        let rootPath = String(cString: base)
        var folder = (path as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: folder), folder.count > rootPath.count {
            folder = (folder as NSString).deletingLastPathComponent
        }
        guard let resolved = realpath(folder, nil) else { return false }
        defer { free(resolved) }
        let real = String(cString: resolved)
        guard real == rootPath || real.hasPrefix(rootPath + "/") else { return false }
        var status = stat()
        return lstat(path, &status) != 0 || (status.st_mode & S_IFMT) != S_IFLNK
    }

    /// The bytes of a regular file at `key`, or `nil`.
    public func read(_ key: String) -> [UInt8]? {
        guard Self.isValidKey(key) else { return nil }
        let file = path(key)
        // Most keys of an offline scan are not cached: a missing file is known without resolving the folders.
        var status = stat()
        guard stat(file, &status) == 0 else { return nil }
        guard staysInside(file), let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.intValue, size <= maximumEntrySize,
              let data = FileManager.default.contents(atPath: file) else { return nil }
        return [UInt8](data)
    }

    /// Writes `bytes` at `key` atomically. Returns false (and leaves the cache as it was) when it cannot.
    @discardableResult
    public func write(_ key: String, _ bytes: [UInt8]) -> Bool {
        guard Self.isValidKey(key) else { return false }
        let file = path(key)
        let folder = (file as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: root) || (try? FileManager.default.createDirectory(
            atPath: root, withIntermediateDirectories: true)) != nil, staysInside(file) else { return false }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch { return false }
        guard staysInside(file) else { return false }
        let temporary = folder + "/.tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return false }
        guard rename(temporary, file) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Removes the entry at `key` (and nothing else); missing entries are fine.
    public func remove(_ key: String) {
        guard Self.isValidKey(key) else { return }
        unlink(path(key))
    }

    /// Whether a "not found" marker stands for `key` that covers every URL of `urls` (a marker written before
    /// another repository or registry was configured does not stop asking that one).
    public func isMarkedMissing(_ key: String, asking urls: [String]) -> Bool {
        guard let marker = read(key + Self.missingSuffix) else { return false }
        let asked = Set(String(decoding: marker, as: UTF8.self).split(separator: "\n").map(String.init))
        return urls.allSatisfy { asked.contains(RedactedURL.text($0)) }
    }

    /// Records that every source answered "not found" for `key`.
    public func markMissing(_ key: String, asked urls: [String]) {
        write(key + Self.missingSuffix, Array((urls.map(RedactedURL.text).joined(separator: "\n") + "\n").utf8))
    }

    /// Removes the "not found" marker of `key`.
    public func clearMissing(_ key: String) { remove(key + Self.missingSuffix) }

    static let missingSuffix = ".sovscan-missing"
    public static let validatorSuffix = ".sovscan-http.json"
}

/// What is kept beside a mutable cached answer to revalidate it.
public struct CacheValidators: Codable, Sendable, Hashable {
    /// The URL asked (without credentials).
    public var url: String
    /// When it was fetched or last revalidated (ISO 8601, UTC).
    public var fetched: String
    public var etag: String?
    public var lastModified: String?

    public init(url: String, fetched: String, etag: String?, lastModified: String?) {
        self.url = url
        self.fetched = fetched
        self.etag = etag
        self.lastModified = lastModified
    }
}

extension FetchCache {
    /// The validators stored beside `key`.
    public func validators(_ key: String) -> CacheValidators? {
        read(key + Self.validatorSuffix).flatMap { try? JSONDecoder().decode(CacheValidators.self, from: Data($0)) }
    }

    /// Stores validators beside `key` (sorted keys, so the file is stable).
    public func storeValidators(_ validators: CacheValidators, for key: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        if let data = try? encoder.encode(validators) { write(key + Self.validatorSuffix, [UInt8](data) + [10]) }
    }
}
