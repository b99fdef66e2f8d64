import SovScanModel

/// Finds technology patterns that reach into other vendors' packages: a glob of one rule that also matches a
/// package which another technology rule attributes to a different vendor (bindings name the platform's vendor,
/// not the package's steward, so they are left out). Such a glob files that
/// package under the wrong steward wherever the other rule is missing or less specific, as `github.com/facebook/*`
/// once named zstd "Facebook iOS SDK" and the Axios family took in form-data. `sovscan rules check --packages FILE`
/// runs it over a list of real package names (the coverage fixtures).
public struct PatternAudit: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// One diagnostic per (rule, glob pattern) at the rule's location, naming up to three packages of other vendors
    /// it matches and how many there are; sorted by location. A **warning** when the glob decides at least one of
    /// those packages (it is the most specific match, so the other rule never applies: the package is filed under
    /// the glob's vendor); a **note** when more specific rules decide all of them (the glob is shadowed there, as
    /// intended exceptions to a family are).
    public func crossVendorWarnings(packages: [PackageURL]) -> [Diagnostic] {
        let technologyIndex = RuleIndex(rules.technologies.map(\.patterns))
        struct Key: Hashable { var rule: Int; var pattern: String }
        var found: [Key: Set<String>] = [:]
        var decided: Set<Key> = []
        for purl in packages {
            let key = Array(PurlPattern.key(of: purl).utf8)
            let technologies = technologyIndex.matches(key: key, version: purl.version)
            let owners = Set(technologies.compactMap { rules.technologies[$0.rule].vendor })
            guard owners.count > 1 else { continue }
            let winner = Classifier.best(technologies)
            for entry in technologies where !entry.spec.pattern.isLiteral {
                guard let vendor = rules.technologies[entry.rule].vendor else { continue }
                let others = owners.subtracting([vendor])
                guard !others.isEmpty else { continue }
                let name = "\(PurlPattern.key(of: purl)) (\(others.sorted().joined(separator: ", ")))"
                let audited = Key(rule: entry.rule, pattern: entry.spec.pattern.text)
                found[audited, default: []].insert(name)
                if winner == entry.rule { decided.insert(audited) }
            }
        }
        return found.map { key, names in
            let rule = rules.technologies[key.rule]
            let sorted = names.sorted()
            let shown = sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? " and \(sorted.count - 3) more" : "")
            let prefix = "technology '\(rule.id)' (vendor \(rule.vendor ?? "none")): pattern \(key.pattern) "
            if decided.contains(key) {
                return Diagnostic(.warning, prefix + "also matches packages other rules give other vendors: \(shown)",
                                  at: rule.location)
            }
            return Diagnostic(.note, prefix + "is overridden by more specific rules of other vendors for \(shown)",
                              at: rule.location)
        }.sorted()
    }
}
