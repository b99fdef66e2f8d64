import Analysis
import ArgumentParser
import Catalogers
import Fetching
import Foundation
import PortfolioStore
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

    @Option(name: .long, help: ArgumentHelp("A platform (binding id or name, e.g. AWS) with a documented exit plan: an entry of the exit-plan register without a document. Repeatable.", valueName: "platform"))
    var exitPlan: [String] = []

    @Option(name: .long, help: ArgumentHelp("The exit-plan register (exit-plans.yml, see docs/history.md): bindings its plans cover are not reported as a risk and satisfy bindings.require-exit-plan.", valueName: "file"))
    var exitPlanRegister: String?

    @Flag(name: .long, help: "Allow network requests: fetch licences from registries, POMs from remote Maven repositories, the Package.swift of Swift pins on GitHub, and whether the GitHub owners of Swift packages and Maven artefacts without a known steward are people or organisations (cached). Without it sovscan makes none, but still reads the cache.")
    var online = false

    @Option(name: .long, help: ArgumentHelp("The cache of fetched answers (default: $XDG_CACHE_HOME/sovscan, else ~/.cache/sovscan). Plain files a team may commit or keep as a CI cache.", valueName: "dir"))
    var cache: String?

    @Flag(name: .long, help: "With --online: revalidate cached answers that can change and ask again for what was not found before.")
    var refresh = false

    @Option(name: .long, help: ArgumentHelp("A remote Maven repository (standard layout) to fetch POMs from with --online, asked in order; ID=URL takes the credentials of <server> ID in ~/.m2/settings.xml. Repeatable; when given, these are the only ones asked. Default: Maven Central (or its mirror in settings.xml), then the https <repositories> of the scanned POMs.", valueName: "[id=]url"))
    var mavenRemote: [String] = []

    @Option(name: .long, help: ArgumentHelp("The npm registry to ask with --online (default: registry lines of .npmrc, else npm's public registry).", valueName: "url"))
    var npmRegistry: String?

    @Option(name: .long, help: ArgumentHelp("GitHub's API base URL for Swift packages' licences and manifests, and packages' owners' account kinds (token from GITHUB_TOKEN).", valueName: "url"))
    var githubAPI: String = GitHubLicenseSource.publicAPI

    @Flag(name: .long, help: "Follow links and paths that lead outside a scanned folder (by default they are not read, with a warning).")
    var followLinksOutside = false

    func validate() throws {
        if refresh && !online { throw ValidationError("--refresh revalidates over the network: give --online too") }
        let remoteURLs = mavenRemote.map { given -> String in
            guard let equals = given.firstIndex(of: "="), let scheme = given.range(of: "://"), equals < scheme.lowerBound
            else { return given }
            return String(given[given.index(after: equals)...])
        }
        // The built-in GitHub API is not checked: reading a URL's host loads ICU's IDNA data (milliseconds and
        // megabytes at every start, issue 17).
        let givenGitHubAPI = githubAPI == GitHubLicenseSource.publicAPI ? nil : githubAPI
        for url in remoteURLs + [npmRegistry, givenGitHubAPI].compactMap({ $0 }) {
            let lowered = url.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), URLComponents(string: url)?.host != nil else {
                throw ValidationError("'\(RedactedURL.text(url))' is not an http(s) URL")
            }
        }
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

    /// The exit-plan register of `--exit-plan-register` with the platforms of `--exit-plan`. A register that cannot
    /// be read whole is a configuration error: its mistakes are printed with file and line, and the command exits 2.
    func exitPlans() throws -> ExitPlanRegister {
        let platforms = ExitPlanRegister.platforms(exitPlan)
        guard let exitPlanRegister else { return platforms }
        let register = ExitPlanRegister.load(file: exitPlanRegister)
        guard register.isComplete else {
            DiagnosticPrinter(verbosity: .quiet).print(register.diagnostics, summaryOnly: false)
            throw ExitCode(2)
        }
        return register.adding(platforms)
    }

    /// The scan options these arguments describe; `exitPlans` replaces the register of the options when given.
    func scanOptions(exitPlans given: ExitPlanRegister? = nil) throws -> ScanOptions {
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
            analysis: AnalysisOptions(countBy: countBy, cutoffs: try cutoffs(), exitPlans: try given ?? exitPlans()),
            fetch: fetchOptions(),
            followsLinksOutside: followLinksOutside
        )
    }

    /// The fetch options: the cache always (so earlier answers are used offline), the network with `--online`.
    func fetchOptions() -> FetchOptions {
        FetchOptions(online: online, cacheDirectory: cache ?? FetchCache.defaultRoot(), refresh: refresh,
                     mavenRemotes: mavenRemote, npmRegistry: npmRegistry, githubAPI: githubAPI,
                     progress: online ? FetchProgressLine.reporter() : nil)
    }

    /// A scanner for these options (and the exit-plan register when given), kept until the process ends
    /// (`KeptUntilExit`). An error in the rules (a broken `--rules` layer) is a configuration error: it is printed
    /// and the command exits 2 before scanning.
    func scanner(exitPlans: ExitPlanRegister? = nil) throws -> SovScanKit.Scanner {
        let scanner = SovScanKit.Scanner(options: try scanOptions(exitPlans: exitPlans))
        KeptUntilExit.keep(scanner)
        let ruleErrors = scanner.classification.diagnostics.filter { $0.severity == .error }
        guard ruleErrors.isEmpty else {
            DiagnosticPrinter(verbosity: .quiet).print(ruleErrors, summaryOnly: false)
            throw ExitCode(2)
        }
        return scanner
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
