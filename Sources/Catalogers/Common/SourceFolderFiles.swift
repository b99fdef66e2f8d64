import SovScanModel

/// The source files with given extensions under one source folder of the scanned root (`src/main/java`, a Swift
/// package's `Sources`), for catalogers that read a project's own code for a fact its manifest does not state (an S3
/// client's endpoint). Bounded and deterministic: walked in name order, hidden folders passed over (a source folder
/// holds no build output, and a Java package may be called `build`), at most `maximumFiles` files listed and
/// `maximumEntries` folder entries read; `isComplete` says whether the walk ended before a bound.
struct SourceFolderFiles {
    /// The files found, relative to the scanned root, in walk order.
    var files: [String] = []
    /// Whether the whole folder was walked.
    var isComplete = true

    /// The most files listed and folder entries read in one walk: far beyond a real module's sources, small enough
    /// that a vendored tree cannot stall the scan.
    static let maximumFiles = 20_000
    static let maximumEntries = 200_000
    /// The largest source file read, in bytes: larger ones are generated or bundled.
    static let maximumFileSize = 512 << 10

    /// Walks `folder` (relative to the scanned root) for files whose extension is one of `extensions`; an absent
    /// folder gives no files.
    init(under folder: String, extensions: Set<String>, context: CatalogContext) {
        var pending = [folder]
        var entries = 0
        while let current = pending.popLast() {
            let names = context.files.contents(ofFolder: context.absolutePath(current))
            entries += names.count
            guard entries <= Self.maximumEntries else {
                isComplete = false
                return
            }
            var folders: [String] = []
            for name in names where !name.hasPrefix(".") {
                let path = current.isEmpty ? name : current + "/" + name
                if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...])),
                   context.files.exists(context.absolutePath(path)) {
                    guard files.count < Self.maximumFiles else {
                        isComplete = false
                        return
                    }
                    files.append(path)
                } else if context.files.isFolder(context.absolutePath(path)) {
                    folders.append(path)
                }
            }
            pending += folders.reversed()
        }
    }

    /// The text of one of the files found (`maximumFileSize` at most); `nil` when it cannot be read.
    static func text(of file: String, context: CatalogContext) -> String? {
        var reader = context.files
        reader.maximumSize = maximumFileSize
        guard case .success(let bytes) = reader.read(context.absolutePath(file), reportedAs: file) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
