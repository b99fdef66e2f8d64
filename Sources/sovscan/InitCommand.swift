import ArgumentParser
import Foundation
import Policy
import SovScanKit

/// `sovscan init`: write a starting `.sovscan.yml` from a scan of the repository.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starting .sovscan.yml from a scan: a bundled profile to extend and the licences in use.",
        discussion: """
        Scans PATH (default: the current folder) and writes PATH/.sovscan.yml: it extends a bundled profile
        (--policy-profile, default stil) and allows the licences the shipping dependencies use today, with comments on
        licences the profile denies and components of unknown licence. An existing file is kept unless --force.

        Examples:
          sovscan init
          sovscan init backend --policy-profile bankdata
          sovscan init --stdout > proposed-policy.yml
        """
    )

    @Argument(help: "The repository to scan (default: the current folder).")
    var path: String = "."

    @Option(name: .long, help: ArgumentHelp("The bundled policy profile to extend.", valueName: "name"))
    var policyProfile: String = "stil"

    @Flag(name: .long, help: "Print the policy instead of writing .sovscan.yml.")
    var stdout = false

    @Flag(name: .long, help: "Replace an existing .sovscan.yml.")
    var force = false

    @OptionGroup var scan: CommonScanOptions

    func run() throws {
        let loader = PolicyLoader(profilesDirectory: CheckCommand.profilesDirectory)
        let base: Policy
        do { base = try loader.loadProfile(policyProfile) } catch let error as PolicyError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let root = CheckCommand.repositoryRoot(of: path)
        let target = root == "." ? ".sovscan.yml" : root + "/.sovscan.yml"
        if !stdout, !force, FileManager.default.fileExists(atPath: target) {
            FileHandle.standardError.write(Data("error: \(target) exists; pass --force to replace it or --stdout to print a proposal\n".utf8))
            throw ExitCode(2)
        }
        let scanner = try scan.scanner()
        let inventory = scanner.scan(paths: [path])
        if inventory.isIncomplete {
            let errors = inventory.allDiagnostics.filter { $0.severity == .error }.map(\.description)
            FileHandle.standardError.write(Data((errors + ["error: the scan is incomplete; no policy written"]).joined(separator: "\n").utf8 + Data("\n".utf8)))
            throw ExitCode(3)
        }
        let knowledge = PolicySubjectBuilder.knowledge(scanner.licenses?.normalizer.resolver.list)
        let classified = inventory.systems.map { scanner.classification.classify($0) }
        let text = StarterPolicy(profile: policyProfile, deniedByProfile: base.licenses.deny)
            .text(for: inventory.systems, classified: classified, knowledge: knowledge)
        if stdout {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try OutputSink.write(Data(text.utf8), to: target)
        FileHandle.standardOutput.write(Data("wrote \(target): review it, then run 'sovscan check'\n".utf8))
    }
}
