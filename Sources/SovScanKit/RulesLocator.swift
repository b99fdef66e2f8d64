import Foundation

/// Finds the `Rules/` folder that ships with sovscan, from any working directory and with no environment
/// variable: next to an installed binary (`PREFIX/bin/sovscan` → `PREFIX/share/sovscan/Rules`), in the source
/// tree above a `swift build` binary (`.build/debug/sovscan` → `Rules/` beside `Package.swift`), or in the
/// source tree this file was compiled from.
public enum RulesLocator {
    /// The bundled rules folder, or `nil` when none is found.
    public static func bundledRules(executable: URL? = Bundle.main.executableURL) -> URL? {
        candidates(executable: executable).first(where: isRulesFolder)
    }

    /// The places looked at, in order.
    public static func candidates(executable: URL?) -> [URL] {
        var result: [URL] = []
        if let executable {
            let binary = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            result.append(binary.deletingLastPathComponent().appendingPathComponent("share/sovscan/Rules"))
            var folder = binary
            while folder.path != "/" {
                result.append(folder.appendingPathComponent("Rules"))
                folder = folder.deletingLastPathComponent()
            }
        }
        // …/Sources/SovScanKit/RulesLocator.swift → …/Rules
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        result.append(sourceRoot.appendingPathComponent("Rules"))
        return result
    }

    /// A rules folder holds the marker file `Rules/sovscan-rules.yml`.
    static func isRulesFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(markerFile).path)
    }

    /// The file that marks a folder as sovscan's rules.
    public static let markerFile = "sovscan-rules.yml"
}
