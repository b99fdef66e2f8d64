/// The words of a package or project name: lower case, split at every character that is neither a letter nor a
/// digit (`rollup-plugin-copy` → rollup, plugin, copy; `BuildTools` → buildtools). The name tests of tooling
/// projects, command-line programs and bundler plugins read names this way.
enum NameWords {
    static func of(_ name: String) -> [Substring] {
        name.lowercased().split { !$0.isLetter && !$0.isNumber }
    }
}
