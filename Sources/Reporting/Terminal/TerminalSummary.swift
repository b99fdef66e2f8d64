import SovScanModel

/// The default terminal output: per system, the components per ecosystem and scope, first-party modules,
/// licence coverage, STIL's table when analysis ran, and the diagnostics.
public struct TerminalSummary: Sendable {
    public let style: TerminalStyle
    public let language: ReportLanguage

    public init(style: TerminalStyle, language: ReportLanguage = .en) {
        self.style = style
        self.language = language
    }

    /// The summary of a bare inventory, ending with a newline.
    public func render(_ inventory: Inventory) -> String { render(ReportInput(inventory: inventory)) }

    /// The summary text, ending with a newline.
    public func render(_ input: ReportInput) -> String {
        let inventory = input.inventory
        let labels = ReportLabels(language, input: input)
        var lines: [String] = []
        for system in inventory.systems {
            lines += render(system, labels: labels)
            if let figures = input.figures(of: system.name) { lines += stilTable(figures, labels: labels) }
            lines.append("")
        }
        if !inventory.diagnostics.isEmpty {
            lines.append(style.bold(labels.pick("Scan", "Scanning")))
            lines += inventory.diagnostics.map { "  " + colored($0, labels: labels) }
            lines.append("")
        }
        if inventory.systems.isEmpty { lines.append(labels.pick("No system was scanned.", "Intet system blev scannet.")) }
        if inventory.isIncomplete {
            lines.append(style.red(labels.pick("The scan is incomplete: some manifests or fetched data could not be read (see the errors above).",
                                               "Scanningen er ufuldstændig: nogle manifester eller hentede data kunne ikke læses (se fejlene ovenfor).")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ system: SystemInventory, labels: ReportLabels) -> [String] {
        var lines = [style.bold(labels.system + " " + TerminalText.sanitise(system.name)) + style.dim("  (" + TerminalText.sanitise(system.root) + ")")]
        // One pass of counts: the components are many and large, so none is copied into filtered lists.
        var tallies: [Ecosystem: Tally] = [:]
        var thirdPartyCount = 0
        var firstPartyCount = 0
        for index in system.components.indices {
            if system.components[index].isFirstParty {
                firstPartyCount += 1
            } else {
                thirdPartyCount += 1
                tallies[system.components[index].ecosystem, default: Tally()].count(system.components[index])
            }
        }
        lines.append(labels.pick("  manifests: \(system.manifests.count)   components: \(thirdPartyCount) third-party, \(firstPartyCount) own (first-party)",
                                 "  manifester: \(system.manifests.count)   komponenter: \(thirdPartyCount) fra tredjepart, \(firstPartyCount) egenudviklede"))
        if thirdPartyCount > 0 {
            let scopes = Scope.allCases.filter { scope in tallies.values.contains { $0.scopes[scope] != nil } }
            let header = [labels.pick("ecosystem", "økosystem"), labels.pick("direct", "direkte"), labels.pick("transitive", "transitive")]
                + scopes.map(labels.scopeShortName) + [labels.pick("licence known", "licens kendt")]
            var rows: [[String]] = []
            for ecosystem in Ecosystem.allCases {
                guard let tally = tallies[ecosystem] else { continue }
                rows.append([ecosystem.rawValue, "\(tally.direct)", "\(tally.total - tally.direct)"]
                            + scopes.map { scope in "\(tally.scopes[scope] ?? 0)" }
                            + ["\(tally.licensed)/\(tally.total)"])
            }
            lines += TextTable(header: header, rows: rows).lines.map { "  " + $0 }
        }
        let firstParty = system.firstPartyComponents
        if !firstParty.isEmpty {
            lines.append(labels.pick("  own modules: ", "  egne moduler: ") + firstParty.map { TerminalText.sanitise(ownModuleName($0)) }.joined(separator: ", "))
        }
        if !system.diagnostics.isEmpty {
            let errors = system.diagnostics.filter { $0.severity == .error }.count
            let warnings = system.diagnostics.filter { $0.severity == .warning }.count
            lines.append(labels.pick("  diagnostics: \(errors) errors, \(warnings) warnings", "  meddelelser: \(errors) fejl, \(warnings) advarsler"))
            lines += system.diagnostics.map { "    " + colored($0, labels: labels) }
        }
        return lines
    }

    /// An own module's name, with its Maven classifier where it has one: a module's `tests` jar is a component of
    /// its own and would otherwise print as a second copy of the module's name.
    private func ownModuleName(_ component: Component) -> String {
        guard let classifier = component.purl.qualifiers["classifier"] else { return component.displayName }
        return "\(component.displayName) (\(classifier))"
    }

    /// STIL's table: per level the technologies, OSS technologies, unknown licences, coverage, both shares and
    /// the band (coloured; "insufficient data" where the coverage is too low for one), then the overall share.
    private func stilTable(_ figures: SystemFigures, labels: ReportLabels) -> [String] {
        let rows = figures.levels.map { level in
            [level.level.group?.rawValue ?? "", labels.levelName(level.level), "\(level.technologies)", "\(level.ossTechnologies)",
             "\(level.unknownTechnologies)", labels.coverageText(level.coverage),
             level.technologies > 0 ? labels.percent(level.share) : "–",
             level.technologies > 0 ? labels.percent(level.coverage.shareCountingUnknownAsNotOSS) : "–",
             labels.bandText(level.band, level.coverage)]
        }
        let table = TextTable(header: [labels.group, labels.level, labels.units, "OSS", labels.unknownLicence, labels.coverage,
                                       labels.share, labels.shareUnknownAsNotOSS, labels.band],
                              rows: rows).lines
        var lines = [style.bold("  " + labels.stilTable)]
        for (index, line) in table.enumerated() {
            let band = index >= 2 ? figures.levels[index - 2].band : nil
            let hasTechnology = index >= 2 && figures.levels[index - 2].technologies > 0
            lines.append("  " + (hasTechnology ? colored(line, band: band) : line))
        }
        lines.append("  " + shareLine(labels.ossShare, share: figures.ossShare, band: figures.band, coverage: figures.coverage, labels: labels))
        for group in figures.groups {
            lines.append("  " + shareLine(group.group.rawValue, share: group.share, band: group.band, coverage: group.coverage, labels: labels))
        }
        if let minimum = figures.sealMinimum { lines.append("  \(labels.sealMinimum): SEAL-\(minimum)" + labels.sealUnrated(figures.sealUnrated)) }
        if let seal = figures.seal { lines.append("  \(labels.sealMedian): SEAL-\(seal)") }
        let declared = figures.bindings.compactMap { binding in
            binding.declaredInsteadOf.map { TerminalText.sanitise(binding.platform) + " (" + labels.declaredInsteadOf(TerminalText.sanitise($0)) + ")" }
        }
        if !declared.isEmpty { lines.append("  \(labels.declaredPlatforms): " + declared.joined(separator: ", ")) }
        return lines
    }

    /// `OSS share: 0%   coverage 3% (1/32)   unknown as not OSS: 0%   insufficient data (31 unknown)`.
    private func shareLine(_ name: String, share: Double?, band: StilBand?, coverage: ShareCoverage, labels: ReportLabels) -> String {
        var line = "\(name): \(labels.percent(share))   \(labels.coverage.lowercased()) \(labels.coverageText(coverage))"
        line += "   \(labels.unknownAsNotOSS): \(labels.percent(coverage.shareCountingUnknownAsNotOSS))"
        if let band { line += "   " + colored(labels.bandName(band), band: band) }
        else if coverage.insufficientData { line += "   " + style.yellow(labels.insufficient(coverage)) }
        return line
    }

    private func colored(_ text: String, band: StilBand?) -> String {
        switch band {
        case .primarilyOSS: style.green(text)
        case .predominantlyOSS: style.yellow(text)
        case .limitedOSS: style.red(text)
        case nil: text
        }
    }

    private func colored(_ diagnostic: Diagnostic, labels: ReportLabels) -> String {
        let text = TerminalText.sanitise(labels.diagnosticLine(diagnostic))
        switch diagnostic.severity {
        case .error: return style.red(text)
        case .warning: return style.yellow(text)
        case .note: return text
        }
    }
}

/// Counts of one ecosystem's third-party components for the summary table.
private struct Tally {
    var total = 0
    var direct = 0
    var licensed = 0
    var scopes: [Scope: Int] = [:]

    mutating func count(_ component: Component) {
        total += 1
        if component.isDirect { direct += 1 }
        if component.concludedLicense?.expression != nil || !component.declaredLicenses.isEmpty { licensed += 1 }
        scopes[component.scope, default: 0] += 1
    }
}
