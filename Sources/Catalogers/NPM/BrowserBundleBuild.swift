import Foundation
import SovScanModel

/// A project whose own build bundles its code for the browser, with no framework to say so: its Rollup
/// configuration writes an immediately invoked script (`format: 'iife'`, the format of a `<script>` or of a script a
/// browser injects into pages), or its esbuild script targets the browser (`platform: 'browser'`). DuckDuckGo's macOS
/// browser bundles a consent-popup user script this way, the Swift Package Index its web pages' scripts: such a
/// project is a client app, not the server that a project without client evidence is weighed as, so it gets
/// `Component.clientAppProperty` as a Next.js static export does (`NextStaticExport`). A project that declares a
/// server framework keeps its weighing: its bundle may be only part of what it ships.
enum BrowserBundleBuild {
    /// The configuration files Rollup and esbuild projects keep beside `package.json`, in the order looked at.
    static let configurationNames = ["rollup.config.js", "rollup.config.mjs", "rollup.config.cjs", "rollup.config.ts",
                                     "rollup.config.mts", "esbuild.config.js", "esbuild.config.mjs",
                                     "esbuild.config.cjs", "esbuild.mjs", "esbuild.js"]
    /// The largest configuration or build script read (bytes); a longer one is not a build configuration.
    static let maximumSize = 64 * 1024

    /// The words of the marker when the project in `folder` (relative to the scanned root) builds a browser bundle:
    /// `browser bundle (rollup.config.js: format 'iife')`; else `nil`.
    static func evidence(manifest: PackageJSON, folder: String, context: CatalogContext) -> String? {
        guard !manifest.dependencies.contains(where: { JavaScriptFrameworks.server.contains($0.name) }) else {
            return nil
        }
        var reader = context.files
        reader.maximumSize = maximumSize
        for path in candidatePaths(manifest: manifest) {
            let full = NPMPath.join(folder, path)
            guard case .success(let bytes) = reader.read(context.absolutePath(full), reportedAs: full),
                  let setting = browserSetting(in: bytes) else { continue }
            return "browser bundle (\(path): \(setting))"
        }
        return nil
    }

    /// The configuration files, then the JavaScript files the project's scripts run with Node whose names say they
    /// drive Rollup or esbuild (`"build": "node ./FrontEnd/esbuild.mjs"`), relative to the project's folder. An
    /// absolute path names no file of the scanned tree, so it is left out.
    static func candidatePaths(manifest: PackageJSON) -> [String] {
        var paths = configurationNames
        for (_, command) in manifest.scripts {
            for path in ScriptRunFiles.paths(in: command) where !path.hasPrefix("/") {
                let normalized = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
                let name = NPMPath.lastSegment(normalized)
                guard name.contains("rollup") || name.contains("esbuild"), !paths.contains(normalized) else { continue }
                paths.append(normalized)
            }
        }
        return paths
    }

    /// The setting of a configuration's bytes that makes a browser bundle, as words (`format 'iife'`, `platform
    /// 'browser'`); `nil` when there is none. Only literal values in code count: a value computed at build time says
    /// nothing for certain, and a comment (`// format: 'iife'`, a setting left out) sets nothing.
    static func browserSetting(in bytes: [UInt8]) -> String? {
        let text = String(decoding: JavaScriptLiterals.withoutComments(bytes), as: UTF8.self)
        for (key, value) in [("format", "iife"), ("platform", "browser")] {
            let pattern = #"(^|[{,\s])["']?"# + key + #"["']?\s*:\s*["'`]"# + value + #"["'`]"#
            if text.range(of: pattern, options: .regularExpression) != nil { return "\(key) '\(value)'" }
        }
        return nil
    }
}
