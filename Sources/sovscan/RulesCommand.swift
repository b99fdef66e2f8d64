import ArgumentParser
import Classification
import Foundation
import SovScanKit
import SovScanModel

/// `sovscan rules`: work with the classification rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check and locate the classification rules.",
        subcommands: [RulesCheckCommand.self, RulesPathCommand.self]
    )
}

/// `sovscan rules check [DIR...]`: validates the bundled rules with the given layers over them.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the bundled rules and any rule layers (unknown keys, missing sources, bad patterns).",
        discussion: """
        Each DIR is a rule layer with the layout of Rules/ (vendors.yml, bindings.yml, relicensing.yml,
        technologies/*.yml), checked as it would be used: over the bundled rules. Exit 0 when valid, 2 when a
        rule file has an error (each printed as file:line: error: message).

        With --packages FILE (one purl a line, '#' comments), also warns about technology patterns that match
        listed packages which other rules give other vendors (an over-broad family).

        Examples:
          sovscan rules check
          sovscan rules check my-org-rules
          sovscan rules check --packages popular-packages.txt
        """
    )

    @Argument(help: "Rule layers to check over the bundled rules.")
    var layers: [String] = []

    @Flag(name: .long, help: "Check only the given layers, not the bundled rules.")
    var withoutBundled = false

    @Option(name: .long, help: "A file of purls (one a line) to check the technology patterns against.")
    var packages: String?

    func run() throws {
        var directories = layers.map { URL(fileURLWithPath: $0) }
        if !withoutBundled {
            guard let bundled = RulesLocator.bundledRules() else {
                throw ValidationError("the bundled Rules/ folder was not found")
            }
            // The bundled folder named as a layer is the bundled rules, not a second copy of them.
            directories.removeAll { $0.standardizedFileURL.path == bundled.standardizedFileURL.path }
            directories.insert(bundled, at: 0)
        }
        let loaded = RuleSet.load(directories: directories)
        var diagnostics = loaded.diagnostics
        if let licenceData = try? LicenseData.load(rulesDirectory: RulesLocator.bundledRules()).get() {
            diagnostics += RuleLicenceCheck.diagnostics(loaded.rules, enricher: licenceData)
        }
        for diagnostic in diagnostics {
            print(diagnostic.description)
        }
        let rules = loaded.rules
        if let packages {
            for warning in PatternAudit(rules: rules).crossVendorWarnings(packages: try Self.purls(in: packages)) {
                print(warning.description)
            }
        }
        print("\(rules.vendors.count) vendors, \(rules.technologies.count) technology rules, "
              + "\(rules.bindings.count) bindings, \(rules.relicensing.count) relicensing events in "
              + directories.map(\.path).joined(separator: ", "))
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    }
}

extension RulesCheckCommand {
    /// The purls of a package list; a line that is not a purl is a usage error naming its line.
    static func purls(in path: String) throws -> [PackageURL] {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read the package list \(path)")
        }
        var result: [PackageURL] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let purl = try? PackageURL(parsing: trimmed) else {
                throw ValidationError("\(path):\(number + 1): not a purl: \(trimmed)")
            }
            result.append(purl)
        }
        return result
    }
}

/// `sovscan rules path`: prints where the bundled rules are.
struct RulesPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "Print the bundled rules folder.")

    func run() throws {
        guard let bundled = RulesLocator.bundledRules() else {
            throw ValidationError("the bundled Rules/ folder was not found")
        }
        print(bundled.path)
    }
}
