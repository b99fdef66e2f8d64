import Foundation
import SovScanModel

/// The run-time compilers a server's entry file registers before it loads the program (issue 15, seventeenth
/// sample: Helsinki Region Transport's Digitransit starts `node server/server`, whose first lines are
/// `require('@babel/register')(...)`, so Babel compiles the server's JSX as it loads it, in production; hmcts'
/// ccd-admin-web's `server.js` requires `ts-node/register`). Such a hook and what it loads are the language's
/// implementation at run time, as a TypeScript runner in the `start` script is (`ProgramRunners`).
///
/// Read: the first `maximumBytes` of the entry file, for `require('X')` or `import 'X'` of a known hook. What each
/// hook loads beside its own dependency tree, among the project's production dependencies:
/// - `@babel/register`: `@babel/core` (its peer) and the presets and plugins the project's Babel configuration names
///   (`babel.config.{js,cjs,mjs,json}`, `.babelrc`, `.babelrc.{js,cjs,json}` in the project's folder; every quoted
///   name, in Babel's short forms too: `relay` is `babel-plugin-relay`, `@babel/preset-env` itself);
/// - `ts-node/register`: `typescript` (its peer);
/// - `esbuild-register`, `@swc/register`, `@swc-node/register`, `sucrase/register`, `tsx/cjs`: their own trees.
enum EntryRegisterHooks {
    /// The most bytes of an entry file or Babel configuration read: hooks are registered first.
    static let maximumBytes = 64 << 10
    /// The largest entry file or Babel configuration opened (its first `maximumBytes` are read).
    static let maximumFileSize = 4 << 20
    /// Each hook package with the peers it loads.
    static let hooks: [String: [String]] = [
        "@babel/register": ["@babel/core"], "ts-node": ["typescript"], "esbuild-register": [], "@swc/register": [],
        "@swc-node/register": [], "sucrase": [], "tsx": [],
    ]
    /// The Babel configuration files of a project's folder.
    static let babelConfigurations = [
        "babel.config.js", "babel.config.cjs", "babel.config.mjs", "babel.config.json", ".babelrc", ".babelrc.js",
        ".babelrc.cjs", ".babelrc.json",
    ]

    /// The production dependencies of `manifest` that the entry file `entry` (as a script names it, relative to
    /// `folder`, the project's folder relative to the scanned root) registers as run-time compilers, with what they
    /// load; empty when the file registers none or cannot be read.
    static func packages(entry: String, folder: String, manifest: PackageJSON, context: CatalogContext) -> [String] {
        let production = Set(manifest.dependencies.filter { $0.kind == .production }.map(\.name))
        guard let text = read(entryFile(entry, folder: folder, context: context), context: context) else { return [] }
        var found: [String] = []
        for specifier in registered(in: text) {
            guard let package = ModuleImports.packageName(of: specifier), let peers = hooks[package],
                  production.contains(package) else { continue }
            found.append(package)
            found += peers.filter(production.contains)
            if package == "@babel/register" {
                found += babelPackages(folder: folder, production: production, context: context)
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }

    /// The module specifiers a file requires or imports for their side effects (`require('x')` as a statement or
    /// called at once, `import 'x'`), in order.
    static func registered(in text: String) -> [String] {
        let pattern = #"(?m)^\s*(?:require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"])"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            (1...2).lazy.compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }.first
        }
    }

    /// The packages a Babel configuration names that are production dependencies: every quoted string, taken as
    /// written and in Babel's normalised plugin and preset names.
    static func babelPackages(inConfiguration text: String, production: Set<String>) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: #"['"]([@A-Za-z0-9][^'"\s]*)['"]"#) else { return [] }
        var found: [String] = []
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            found += candidates(String(text[range])).filter(production.contains)
        }
        return found
    }

    /// A name as Babel resolves it (https://babeljs.io/docs/options#name-normalization): with the
    /// `babel-plugin-`/`babel-preset-` prefix (`@babel/plugin-`/`@babel/preset-` in Babel's own scope), and as
    /// written only when it has the prefix already (`lodash` names `babel-plugin-lodash`, never Lodash itself).
    static func candidates(_ name: String) -> [String] {
        let prefixed = ["babel-plugin", "babel-preset", "@babel/plugin-", "@babel/preset-"].contains { name.contains($0) }
        var found = prefixed ? [name] : []
        if name.hasPrefix("@babel/") {
            let rest = name.dropFirst("@babel/".count)
            if !prefixed { found += ["@babel/plugin-" + rest, "@babel/preset-" + rest] }
        } else if name.hasPrefix("@"), let slash = name.firstIndex(of: "/") {
            let scope = name[..<slash], rest = name[name.index(after: slash)...]
            if !prefixed { found += ["\(scope)/babel-plugin-\(rest)", "\(scope)/babel-preset-\(rest)"] }
        } else if name.hasPrefix("@") {
            found += [name + "/babel-plugin", name + "/babel-preset"]
        } else if !prefixed {
            found += ["babel-plugin-" + name, "babel-preset-" + name]
        }
        return found
    }

    private static func babelPackages(folder: String, production: Set<String>, context: CatalogContext) -> [String] {
        guard let (_, bytes) = ProjectConfigurationFile.first(of: babelConfigurations, in: folder, context: context,
                                                              maximumSize: maximumFileSize) else { return [] }
        return babelPackages(inConfiguration: String(decoding: bytes.prefix(maximumBytes), as: UTF8.self),
                             production: production)
    }

    /// The entry file as Node.js resolves a script's path: as written, with `.js`/`.cjs`/`.mjs`, or its folder's
    /// `index.js`.
    private static func entryFile(_ entry: String, folder: String, context: CatalogContext) -> String {
        let path = NPMPath.join(folder, entry)
        for candidate in [path, path + ".js", path + ".cjs", path + ".mjs", NPMPath.join(path, "index.js")]
        where context.files.exists(context.absolutePath(candidate)) {
            return candidate
        }
        return path
    }

    private static func read(_ path: String, context: CatalogContext) -> String? {
        var reader = context.files
        reader.maximumSize = maximumFileSize
        guard case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) else { return nil }
        return String(decoding: bytes.prefix(maximumBytes), as: UTF8.self)
    }
}
