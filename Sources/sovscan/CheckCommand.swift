import ArgumentParser
import Foundation
import Policy
import PortfolioStore
import Reporting
import SovScanKit
import SovScanModel

/// `sovscan check`: scan, judge the result against the project's policy, report findings, exit 0/1/2/3.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check repositories against a licence and sovereignty policy (the CI gate).",
        discussion: """
        The policy is .sovscan.yml at the root of the first PATH (or --policy FILE, or a bundled --policy-profile).
        A policy may extend bundled profiles: \(CheckCommand.bundledProfileNames.joined(separator: ", ")). See docs/policy.md.

        Formats: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")). A format without ':FILE' goes to
        standard output. When GITHUB_ACTIONS=true, findings are also written as workflow annotations.

        When every format goes to a file, the findings table still goes to standard output (--quiet silences it).

        Exit codes: 0 pass, 1 a finding fails the policy, 2 invalid policy or arguments, 3 incomplete scan: a path
        that does not exist, no manifest found, a manifest that cannot be read, Maven parents or BOMs that cannot
        be read, versions that cannot be resolved (with --strict also every warning). --allow-incomplete judges an
        incomplete scan anyway.

        Examples:
          sovscan check
          sovscan check SampleProjects/kommune-sag --policy-profile stil
          sovscan check . --format sarif:sovscan.sarif --format junit:sovscan.xml
          sovscan check . --format json:baseline.json        # record today's findings
          sovscan check . --baseline baseline.json           # fail only on new findings
          sovscan check --sbom supplier-bom.json --policy-profile stil   # gate a supplier's SBOM (procurement)
          sovscan check . --store sqlite:/shared/sovscan.sqlite  # record the run and its findings
        """
    )

    @Argument(help: "Repository folders or manifest files to scan (default: the current folder).")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("A supplier's SBOM (CycloneDX JSON or SPDX JSON) to judge as a system. Repeatable.", valueName: "file"))
    var sbom: [String] = []

    @OptionGroup var scan: CommonScanOptions

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp("The policy file (default: .sovscan.yml at the root of the first path).", valueName: "file"))
    var policy: String?

    @Option(name: .long, help: ArgumentHelp("Use a bundled profile as the policy (when no policy file is given).", valueName: "name"))
    var policyProfile: String?

    @Option(name: .long, help: ArgumentHelp("Output format, optionally with a file: FORMAT[:FILE]. Repeatable.", valueName: "format[:file]"))
    var format: [String] = []

    @Option(name: .long, help: ArgumentHelp("A previous result (--format json) whose findings do not fail the check.", valueName: "file"))
    var baseline: String?

    @Flag(name: .long, help: "Count every scan warning as making the scan incomplete (exit 3).")
    var strict = false

    @Flag(name: .long, help: "Judge an incomplete scan instead of failing with exit 3 (the problems are still reported).")
    var allowIncomplete = false

    @Flag(name: .shortAndLong, help: "Print only the scan's problems on standard error, and no findings table when every format goes to a file.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every diagnostic, notes too, on standard error (as scan --verbose), and list each component the policy does not judge for its stack level (ignore-levels), with where it is declared and why it has that level.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Leave findings out of the table: waived, baselined (comma-separated); they are still counted.", valueName: "kinds"))
    var hide: String?

    @Flag(name: .long, help: "No colours in terminal output (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        if policy != nil && policyProfile != nil { throw ValidationError("--policy and --policy-profile exclude each other") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        _ = try hidden()
    }

    /// The kinds of findings `--hide` leaves out of the table.
    private func hidden() throws -> Set<FindingsTerminalWriter.Hidden> {
        guard let hide else { return [] }
        return Set(try hide.split(separator: ",").map { word in
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let kind = FindingsTerminalWriter.Hidden(rawValue: name) else {
                throw ValidationError("--hide expects waived and/or baselined, got '\(name)'")
            }
            return kind
        })
    }

    func run() throws {
        let requests = try CheckFormat.requests(format)
        let store = try storeOptions.location(repository: effectivePaths.first ?? ".")
        let environment = ProcessInfo.processInfo.environment
        var loadedPolicy: Policy
        let loadedBaseline: Baseline?
        do {
            loadedPolicy = try loadPolicy()
            loadedBaseline = try baseline.map(Self.loadBaseline)
        } catch let error as PolicyError {
            FileHandle.standardError.write(Data("error: \(TerminalText.sanitise(error.description))\n".utf8))
            throw ExitCode(2)
        } catch let missing as MissingPath {
            // Without a policy named on the command line, the policy would be in the missing folder: the scan is
            // what failed (exit 3), not the configuration.
            FileHandle.standardError.write(Data("\(missing.path): error: the path does not exist; nothing was scanned or judged\n".utf8))
            throw ExitCode(3)
        }
        let today = PolicyClock.today(environment: environment)
        let register = try scan.exitPlans()
        let scanner = try scan.scanner(exitPlans: register.adding(loadedPolicy.exitPlanRegister(today: today, registerIDs: register.ids)))
        let knowledge = PolicySubjectBuilder.knowledge(scanner.licenses?.normalizer.resolver.list)
        if let normalizer = scanner.licenses?.normalizer {
            let ids = PolicyLicenseIDs(normalizer: normalizer).normalize(loadedPolicy)
            let messages = ids.warnings.map { "warning: \($0)\n" } + ids.errors.map { "error: \($0)\n" }
            FileHandle.standardError.write(Data(messages.joined().utf8))
            if !ids.errors.isEmpty { throw ExitCode(2) }
            loadedPolicy = ids.policy
        }
        let rules = scanner.classification.classifier.rules
        let references = PolicyReferences(vendors: Array(rules.vendors.values), bindings: rules.bindings,
                                          exitPlanIDs: register.ids).problems(loadedPolicy)
        if !references.isEmpty {
            FileHandle.standardError.write(Data(references.map { "error: \($0)\n" }.joined().utf8))
            throw ExitCode(2)
        }
        var scannedInventory = scanner.scan(paths: effectivePaths)
        scannedInventory.systems += sbom.map { scanner.scan(sbom: $0) }
        if let enricher = scanner.licenses {
            scannedInventory = LicenseClarifier(enricher: enricher).apply(loadedPolicy.licenses.clarify, to: scannedInventory)
        }
        let platforms = loadedPolicy.platforms
        let scanned = scanner.analyse(scannedInventory, platforms: { _ in platforms })
        let inventory = scanned.inventory
        let subjects = PolicySubjectBuilder.subjects(inventory.systems, classified: scanned.classified,
                                                     analyses: scanned.analysis.systems, cutoffs: scanned.analysis.options.cutoffs)
        let judgement = PolicyJudge(policy: loadedPolicy, knowledge: knowledge, today: today, exitPlans: register)
            .evaluate(subjects)
        var result = CheckResult(systems: inventory.systems.map(\.name), policySources: loadedPolicy.sources,
                                 findings: judgement.findings, diagnostics: ScanCompleteness.diagnostics(inventory),
                                 gaps: ScanCompleteness.gaps(inventory, strict: strict), allowIncomplete: allowIncomplete,
                                 unjudged: judgement.unjudged)
        if let loadedBaseline { result.apply(loadedBaseline) }

        var context = ReportContext.fromEnvironment(toolVersion: SovScanVersion.current, environment: environment)
        if requests.contains(where: { $0.format == .html || $0.format == .markdown }) {
            context.rulesVersion = RulesFingerprint.of(directories: scanner.options.ruleDirectories)
        }
        let colors = !noColor && environment["NO_COLOR"] == nil && isatty(1) != 0
        for request in requests {
            if request.format == .html {
                try HTMLOutput.write(HTMLReportWriter(language: language.language), reportInput(result, scanned: scanned), context: context,
                                     to: request.file)
                continue
            }
            let data = try render(request.format, result, scanned: scanned, context: context, colors: request.file == nil && colors)
            try OutputSink.write(data, to: request.file)
        }
        let tableOnStdout = requests.contains { $0.format == .table && $0.file == nil }
        if !quiet, requests.allSatisfy({ $0.file != nil }) {
            FileHandle.standardOutput.write(Data(FindingsTerminalWriter(colors: colors, hidden: try hidden(), words: words, listsUnjudged: verbose).write(result).utf8))
        }
        if environment["GITHUB_ACTIONS"] == "true", !requests.contains(where: { $0.format == .github }) {
            let annotations = Data(GitHubAnnotationsWriter(words: words).write(result).utf8)
            // The runner reads workflow commands from standard output and standard error; keep a machine format
            // on standard output intact.
            let machineOnStdout = requests.contains { $0.file == nil && $0.format != .table }
            (machineOnStdout ? FileHandle.standardError : FileHandle.standardOutput).write(annotations)
        }
        // The scan's diagnostics on standard error: the problems that make it incomplete always, the warnings unless
        // --quiet, the notes with --verbose (as `scan --verbose`); what the findings table on standard output already
        // lists is not repeated.
        let tableShown = tableOnStdout || (!quiet && requests.allSatisfy { $0.file != nil })
        let reported = quiet ? [] : result.diagnostics.filter { verbose || $0.severity != .note }
        var shown = Diagnostic.sortedUnique(reported + result.gaps)
        if tableShown { shown.removeAll { result.gaps.contains($0) } }
        if !shown.isEmpty {
            FileHandle.standardError.write(Data((shown.map { TerminalText.sanitise(language.language.diagnosticLine($0)) }.joined(separator: "\n") + "\n").utf8))
        }
        if let store {
            let findings = Dictionary(grouping: result.findings, by: \.system).mapValues { $0.map(FindingRecord.init) }
            let runs = StoreOptions.recorder(source: "check", ruleDirectories: scanner.options.ruleDirectories)
                .runs(inventory: inventory, classified: scanned.classified, analysis: scanned.analysis, findings: findings)
            if !StoreOptions.record(runs, in: store, quiet: quiet) { throw ExitCode(2) }
        }
        let code = result.exitCode
        if code != 0 { throw ExitCode(code) }
    }

    /// The words of the findings table and of the human text in the machine formats (`--lang`).
    private var words: FindingWords { language.language.findingWords }

    /// The paths to scan; the current folder when neither a path nor an SBOM is given.
    private var effectivePaths: [String] { paths.isEmpty && sbom.isEmpty ? ["."] : paths }

    private func loadPolicy() throws -> Policy {
        let loader = PolicyLoader(profilesDirectory: Self.profilesDirectory)
        if let policyProfile { return try loader.loadProfile(policyProfile) }
        if let policy { return try loader.load(path: policy) }
        let root = Self.repositoryRoot(of: effectivePaths.first ?? ".")
        guard FileManager.default.fileExists(atPath: root) else { throw MissingPath(path: effectivePaths.first ?? root) }
        let candidate = root == "." ? ".sovscan.yml" : root + "/.sovscan.yml"
        guard FileManager.default.fileExists(atPath: candidate) else {
            throw PolicyError(file: candidate, message: "no policy file; write one (see docs/policy.md), or pass --policy FILE or --policy-profile NAME")
        }
        return try loader.load(path: candidate)
    }

    private static func loadBaseline(_ path: String) throws -> Baseline {
        switch FileReader().read(path, reportedAs: path) {
        case .success(let bytes): return try Baseline(data: Data(bytes), file: path)
        case .failure(let diagnostic): throw PolicyError(file: path, message: "cannot read the baseline: \(diagnostic.message)")
        }
    }

    /// A folder is its own root; a manifest file's root is its folder.
    static func repositoryRoot(of path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            let folder = (path as NSString).deletingLastPathComponent
            return folder.isEmpty ? "." : folder
        }
        return path
    }

    static var profilesDirectory: URL? {
        RulesLocator.bundledRules().map { $0.appendingPathComponent("profiles") }
    }

    static var bundledProfileNames: [String] { PolicyLoader(profilesDirectory: profilesDirectory).profileNames }

    /// What the HTML and Markdown reports of a check show: the scan, its findings and the verdict.
    private func reportInput(_ result: CheckResult, scanned: ScanResult) -> ReportInput {
        var input = ReportInput(inventory: scanned.inventory, classifications: scanned.classified, analysis: scanned.analysis,
                                findings: result.findings.map(ReportFinding.init))
        input.checkPassed = result.exitCode == 0
        return input
    }

    private func render(_ format: CheckFormat, _ result: CheckResult, scanned: ScanResult, context: ReportContext,
                        colors: Bool) throws -> Data {
        switch format {
        case .html:
            return HTMLReportWriter(language: language.language).write(reportInput(result, scanned: scanned), context: context)
        case .markdown:
            return MarkdownSummaryWriter(language: language.language).write(reportInput(result, scanned: scanned), context: context)
        case .cyclonedx:
            return try CycloneDXJSONWriter().write(scanned.inventory, classifications: scanned.classified, context: context)
        case .table: return Data(FindingsTerminalWriter(colors: colors, hidden: try hidden(), words: words, listsUnjudged: verbose).write(result).utf8)
        case .json: return try CheckJSONWriter().write(result, tool: "sovscan \(context.toolVersion)", timestamp: context.isoTimestamp)
        case .sarif: return try SARIFWriter(hasBaseline: baseline != nil, words: words).write(result, toolVersion: context.toolVersion)
        case .junit: return JUnitWriter(words: words).write(result)
        case .github: return Data(GitHubAnnotationsWriter(words: words).write(result).utf8)
        case .gitlab: return try GitLabCodeQualityWriter(words: words).write(result)
        }
    }
}

/// The first path does not exist, so neither it nor the policy it should hold can be read.
private struct MissingPath: Error {
    let path: String
}

/// The output formats of `sovscan check`.
enum CheckFormat: String, CaseIterable {
    /// Findings grouped by file, for a person.
    case table
    /// The result as JSON (`sovscan-check/1`), readable by `--baseline`.
    case json
    /// SARIF 2.1.0 for code-scanning uploads.
    case sarif
    /// JUnit XML, one test case per rule and component.
    case junit
    /// GitHub Actions workflow commands (annotations).
    case github
    /// GitLab code-quality JSON.
    case gitlab
    /// The HTML report with the policy findings.
    case html
    /// The pull-request summary with the new findings.
    case markdown
    /// The CycloneDX 1.6 JSON SBOM of what was scanned (one scan per CI job serves the gate and the SBOM).
    case cyclonedx

    /// Parses `--format` values; at most one may go to standard output.
    static func requests(_ values: [String]) throws -> [(format: CheckFormat, file: String?)] {
        if values.isEmpty { return [(.table, nil)] }
        let requests = try values.map { text -> (format: CheckFormat, file: String?) in
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let format = CheckFormat(rawValue: parts[0].lowercased()) else {
                throw ValidationError("unknown format '\(parts[0])'; formats are: \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if parts.count > 1, parts[1].isEmpty { throw ValidationError("'\(text)' names no file after ':'") }
            return (format, parts.count > 1 ? String(parts[1]) : nil)
        }
        if requests.filter({ $0.file == nil }).count > 1 {
            throw ValidationError("only one format can go to standard output; give the others a file (FORMAT:FILE)")
        }
        return requests
    }
}

extension FindingRecord {
    /// The stored form of a policy finding.
    init(_ finding: Finding) {
        self.init(rule: finding.rule.rawValue, severity: finding.severity.rawValue, subject: finding.subject,
                  message: finding.message, fails: finding.fails)
    }
}
