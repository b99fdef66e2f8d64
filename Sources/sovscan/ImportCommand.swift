import ArgumentParser
import Foundation
import PortfolioStore
import SovScanKit
import SovScanModel

/// `sovscan import FILE... --store URL`: record CycloneDX or SPDX documents as runs, so CI jobs that only
/// upload SBOMs feed the same history.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record CycloneDX or SPDX SBOMs as runs in a store.",
        discussion: """
        Each FILE (CycloneDX JSON 1.4-1.6 or SPDX 2.3 JSON, written by sovscan with its sovscan: properties or by
        a supplier) is read, classified like a scanned repository and recorded as one run of the system the
        document describes (or --system). The run's time is the document's creation time (CycloneDX
        metadata.timestamp, SPDX creationInfo.created), else SOURCE_DATE_EPOCH or now.

        Exit codes: 0 all recorded, 2 the store cannot be used, 3 a document could not be read completely (the
        others are still recorded).

        Examples:
          sovscan import bom.cdx.json --store sqlite:/srv/sovscan/history.sqlite
          sovscan import supplier.spdx.json --system "Supplier X" --store postgres://sovscan@db:5432/sovscan
        """
    )

    @Argument(help: "CycloneDX or SPDX JSON documents.")
    var files: [String]

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp("The system's name (default: the one the document describes). Only with one FILE.", valueName: "name"))
    var system: String?

    @OptionGroup var scan: CommonScanOptions

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one SBOM file") }
        if system != nil && files.count > 1 { throw ValidationError("--system names one system; give one FILE with it") }
    }

    func run() throws {
        let location = try storeOptions.location(repository: ".") ?? StoreLocation.parse("", repository: ".")
        let scanner = Scanner(options: try scan.scanOptions())
        var runs: [RunRecord] = []
        var incomplete = false
        for file in files {
            var system = scanner.scan(sbom: file)
            if let name = self.system { system.name = name }
            let inventory = Inventory(systems: [system], diagnostics: scanner.setupDiagnostics)
            for diagnostic in inventory.allDiagnostics where diagnostic.severity == .error {
                FileHandle.standardError.write(Data("error: \(diagnostic)\n".utf8))
            }
            if inventory.isIncomplete { incomplete = true }
            guard !system.components.isEmpty || !system.isIncomplete else { continue }
            let result = scanner.analyse(inventory)
            let recorder = RunRecorder(source: "import", sovscanVersion: SovScanVersion.current,
                                       rulesVersion: RulesFingerprint.of(directories: scanner.options.ruleDirectories),
                                       time: SBOMTime.of(file: file) ?? RunClock.now(), readsGit: false)
            runs += recorder.runs(inventory: result.inventory, classified: result.classified, analysis: result.analysis)
        }
        if !runs.isEmpty, !StoreOptions.record(runs, in: location, quiet: quiet) { throw ExitCode(2) }
        if incomplete { throw ExitCode(3) }
    }
}
