import ArgumentParser
import Catalogers
import Foundation
import SovScanKit
import SovScanModel

/// The options every command that scans shares: excludes, rule layers and Maven settings.
struct CommonScanOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Leave out files and folders matching a glob (a name at any depth, or a path with '/'). Repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .long, help: ArgumentHelp("A folder of extra rules layered over the bundled ones (same layout as Rules/). Repeatable.", valueName: "dir"))
    var rules: [String] = []

    @Option(name: .long, help: ArgumentHelp("Maven local repository to read (default: localRepository of ~/.m2/settings.xml, else ~/.m2/repository).", valueName: "dir"))
    var mavenRepo: String?

    @Option(name: [.customShort("P"), .long], help: ArgumentHelp("Maven profile to activate. Repeatable.", valueName: "id"))
    var profile: [String] = []

    @Option(name: [.customShort("D"), .long], help: ArgumentHelp("Maven user property name=value. Repeatable.", valueName: "name=value"))
    var define: [String] = []

    func validate() throws {
        for value in define where !value.contains("=") {
            throw ValidationError("-D expects name=value, got '\(value)'")
        }
        for folder in rules {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--rules '\(folder)' is not a folder")
            }
        }
    }

    /// The scan options these arguments describe.
    func scanOptions() throws -> ScanOptions {
        let excludes = try exclude.map { pattern in
            do { return try Glob(pattern) } catch { throw ValidationError(String(describing: error)) }
        }
        var properties: [String: String] = [:]
        for value in define {
            let parts = value.split(separator: "=", maxSplits: 1)
            properties[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return ScanOptions(
            excludes: excludes,
            catalog: CatalogOptions(mavenRepository: mavenRepo, mavenProfiles: profile, mavenProperties: properties),
            ruleLayers: rules.map { URL(fileURLWithPath: $0) }
        )
    }
}
