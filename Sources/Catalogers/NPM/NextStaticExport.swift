import SovScanModel

/// A Next.js project built as a static site: its `next.config` sets `output: 'export'`, so `next build` writes HTML,
/// CSS and JavaScript that any web server serves, and no Next.js server runs
/// (https://nextjs.org/docs/app/guides/static-exports). Such a project is a client app, not the full-stack project
/// that `next` beside `react-dom` otherwise makes it (La Suite's Docs front end, served by nginx): the project gets
/// `Component.clientAppProperty`, which the classifier weighs as a client-app marker.
enum NextStaticExport {
    /// The names of a Next.js configuration file, in the order Next.js looks for them.
    static let configurationNames = ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.mts",
                                     "next.config.cjs"]

    /// The words of the marker when the project in `folder` (relative to the scanned root) declares `next` and its
    /// configuration file exports statically: `Next.js static export (next.config.js: output 'export')`; else `nil`.
    static func evidence(manifest: PackageJSON, folder: String, context: CatalogContext) -> String? {
        guard manifest.dependencies.contains(where: { $0.name == "next" }),
              let (name, bytes) = ProjectConfigurationFile.first(of: configurationNames, in: folder, context: context)
        else { return nil }
        return setsStaticExport(String(decoding: bytes, as: UTF8.self))
            ? "Next.js static export (\(name): output 'export')" : nil
    }

    /// Whether a configuration's text sets `output` to the literal `'export'` (in any quotes). A value computed at
    /// build time (`output: process.env.EXPORT ? 'export' : undefined`) says nothing for certain, so it does not count,
    /// nor does a comment (`// output: 'export',` left out).
    static func setsStaticExport(_ text: String) -> Bool {
        let code = String(decoding: JavaScriptLiterals.withoutComments(Array(text.utf8)), as: UTF8.self)
        var rest = Substring(code)
        while let found = rest.range(of: "output") {
            let before = rest[..<found.lowerBound].last
            var after = rest[found.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }
            rest = rest[found.upperBound...]
            guard before.map({ !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "." }) ?? true,
                  after.first == ":" else { continue }
            after = after.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard let quote = after.first, ["'", "\"", "`"].contains(quote) else { continue }
            if after.dropFirst().hasPrefix("export\(quote)") { return true }
        }
        return false
    }
}
