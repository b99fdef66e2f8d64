import SovScanModel

/// The first of a tool's configuration files that a project's folder holds (`next.config.js` before
/// `next.config.mjs`, `babel.config.js` before `.babelrc`): the tool reads the first it finds, and so do the
/// catalogers that ask what it is configured to do.
enum ProjectConfigurationFile {
    /// The name and bytes of the first of `names` in `folder` (relative to the scanned root) that can be read,
    /// with at most `maximumSize` bytes when given; `nil` when none can.
    static func first(of names: [String], in folder: String, context: CatalogContext,
                      maximumSize: Int? = nil) -> (name: String, bytes: [UInt8])? {
        var reader = context.files
        if let maximumSize { reader.maximumSize = maximumSize }
        for name in names {
            let path = NPMPath.join(folder, name)
            if case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) { return (name, bytes) }
        }
        return nil
    }
}
