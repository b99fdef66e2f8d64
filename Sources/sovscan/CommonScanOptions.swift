import Analysis
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

    @Option(name: .long, help: ArgumentHelp("What the OSS share counts: technology (STIL's unit) or component.", valueName: "unit"))
    var countBy: CountingUnit = .technology

    @Option(name: .long, help: ArgumentHelp("The band cut-offs in percent, UPPER,LOWER: above UPPER is Primært OSS, from LOWER up to UPPER Overvejende OSS, below LOWER Begrænset OSS.", valueName: "upper,lower"))
    var bands: String = "75,50"

    @Option(name: .long, help: ArgumentHelp("The least coverage (units with a known licence, in percent) a share needs for a band; below it the share says 'insufficient data'.", valueName: "pct"))
    var minCoverage: Double = BandCutoffs.defaultMinCoverage

    @Option(name: .long, help: ArgumentHelp("A platform (binding id or name, e.g. AWS) with a documented exit plan: its bindings are not reported as a risk. Repeatable.", valueName: "platform"))
    var exitPlan: [String] = []

    func validate() throws {
        _ = try cutoffs()
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
            ruleLayers: rules.map { URL(fileURLWithPath: $0) },
            analysis: AnalysisOptions(countBy: countBy, cutoffs: try cutoffs(), exitPlans: Set(exitPlan))
        )
    }

    /// The band cut-offs `--bands` gives: two numbers 0-100, the upper one not below the lower one.
    private func cutoffs() throws -> BandCutoffs {
        let parts = bands.split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let upper = parts[0], let lower = parts[1], (0...100).contains(upper),
              (0...100).contains(lower), lower <= upper else {
            throw ValidationError("--bands expects UPPER,LOWER in percent with 0 <= LOWER <= UPPER <= 100, got '\(bands)'")
        }
        guard (0...100).contains(minCoverage) else {
            throw ValidationError("--min-coverage expects a percentage 0-100, got \(minCoverage)")
        }
        return BandCutoffs(primaryAbove: upper, predominantFrom: lower, minCoverage: minCoverage)
    }
}

extension CountingUnit: ExpressibleByArgument {}
