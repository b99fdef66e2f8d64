import SovScanModel

/// The default terminal output: per system, the components per ecosystem and scope, first-party modules,
/// licence coverage and the diagnostics.
public struct TerminalSummary: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    /// The summary text, ending with a newline.
    public func render(_ inventory: Inventory) -> String {
        var lines: [String] = []
        for system in inventory.systems {
            lines += render(system)
            lines.append("")
        }
        if !inventory.diagnostics.isEmpty {
            lines.append(style.bold("Scan"))
            lines += inventory.diagnostics.map { "  " + colored($0) }
            lines.append("")
        }
        if inventory.systems.isEmpty { lines.append("No system was scanned.") }
        if inventory.isIncomplete {
            lines.append(style.red("The scan is incomplete: some manifests could not be read (see the errors above)."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ system: SystemInventory) -> [String] {
        var lines = [style.bold("System " + TerminalText.sanitise(system.name)) + style.dim("  (" + TerminalText.sanitise(system.root) + ")")]
        let thirdParty = system.thirdPartyComponents
        lines.append("  manifests: \(system.manifests.count)   components: \(thirdParty.count) third-party, "
                     + "\(system.firstPartyComponents.count) own (first-party)")
        if !thirdParty.isEmpty {
            let scopes = Scope.allCases.filter { scope in thirdParty.contains { $0.scope == scope } }
            let header = ["ecosystem", "direct", "transitive"] + scopes.map(\.rawValue) + ["licence known"]
            var rows: [[String]] = []
            for ecosystem in Ecosystem.allCases {
                let members = thirdParty.filter { $0.ecosystem == ecosystem }
                guard !members.isEmpty else { continue }
                let withLicence = members.filter { $0.concludedLicense?.expression != nil || !$0.declaredLicenses.isEmpty }
                rows.append([ecosystem.rawValue, "\(members.filter(\.isDirect).count)", "\(members.filter { !$0.isDirect }.count)"]
                            + scopes.map { scope in "\(members.filter { $0.scope == scope }.count)" }
                            + ["\(withLicence.count)/\(members.count)"])
            }
            lines += TextTable(header: header, rows: rows).lines.map { "  " + $0 }
        }
        let firstParty = system.firstPartyComponents
        if !firstParty.isEmpty {
            lines.append("  own modules: " + firstParty.map { TerminalText.sanitise($0.displayName) }.joined(separator: ", "))
        }
        if !system.diagnostics.isEmpty {
            let errors = system.diagnostics.filter { $0.severity == .error }.count
            let warnings = system.diagnostics.filter { $0.severity == .warning }.count
            lines.append("  diagnostics: \(errors) errors, \(warnings) warnings")
            lines += system.diagnostics.map { "    " + colored($0) }
        }
        return lines
    }

    private func colored(_ diagnostic: Diagnostic) -> String {
        let text = TerminalText.sanitise(diagnostic.description)
        switch diagnostic.severity {
        case .error: return style.red(text)
        case .warning: return style.yellow(text)
        case .note: return text
        }
    }
}
