import Foundation
import SovScanModel

extension RuleSet {
    /// Countries whose bloc is `EU`: the EU member states and the other EEA states.
    public static let euEEACountries: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ]

    /// The bloc a legal seat country belongs to.
    public static func bloc(ofCountry country: String) -> Bloc {
        if euEEACountries.contains(country) { return .eu }
        switch country {
        case "GB": return .uk
        case "CH": return .ch
        case "US": return .us
        case "CN": return .cn
        default: return .other
        }
    }

    /// Checks what a single entry cannot: references between entries and consistency of country and bloc.
    public func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ location: SourceLocation?) {
            diagnostics.append(Diagnostic(.error, message, at: location))
        }
        for vendor in vendors.values {
            if let country = vendor.country {
                let valid = country.count == 2 && country.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
                if !valid {
                    error("vendor '\(vendor.id)': country '\(country)' is not an ISO 3166-1 alpha-2 code", vendor.location)
                } else if vendor.bloc != .international, Self.bloc(ofCountry: country) != vendor.bloc {
                    error("vendor '\(vendor.id)': country \(country) belongs to bloc "
                          + "\(Self.bloc(ofCountry: country).rawValue), not \(vendor.bloc.rawValue)", vendor.location)
                }
            } else if vendor.bloc != .international, vendor.bloc != .unknown {
                error("vendor '\(vendor.id)': a country is required unless the bloc is international or unknown",
                      vendor.location)
            }
            if let parent = vendor.parent, vendors[parent] == nil {
                error("vendor '\(vendor.id)': parent '\(parent)' is not a known vendor", vendor.location)
            }
        }
        for rule in technologies {
            if let vendor = rule.vendor, vendors[vendor] == nil {
                error("technology '\(rule.id)': vendor '\(vendor)' is not a known vendor", rule.location)
            }
            let own = Set(rule.patterns.map(\.pattern.text))
            for dependency in rule.buildTime?.dependencies ?? [] where own.contains(dependency.pattern.text) {
                error("technology '\(rule.id)': build-time dependency '\(dependency.pattern.text)' is one of the rule's "
                      + "own patterns (a package cannot be a build-time dependency of its own technology)", rule.location)
            }
            diagnostics += Self.knownDependencyProblems(of: rule, own: own)
            for kind in DevelopmentFeatures.Kind.allCases {
                for member in rule.developmentFeatures.members[kind] ?? [] where !own.contains(member.pattern.text) {
                    error("technology '\(rule.id)': \(kind.rawValue) member '\(member.pattern.text)' is not one of the "
                          + "rule's own patterns", rule.location)
                }
            }
        }
        diagnostics += Self.sharedPatterns(technologies.map { ($0.id, $0.patterns, $0.location) }, kind: "technology")
        diagnostics += Self.sharedPatterns(bindings.map { ($0.id, $0.patterns, $0.location) }, kind: "binding")
        for rule in bindings where vendors[rule.vendor] == nil {
            error("binding '\(rule.id)': vendor '\(rule.vendor)' is not a known vendor", rule.location)
        }
        for rule in bindings {
            diagnostics += Self.exclusionProblems(of: rule)
        }
        for event in relicensing {
            if let vendor = event.vendor, vendors[vendor] == nil {
                error("relicensing '\(event.id)': vendor '\(vendor)' is not a known vendor", event.location)
            }
        }
        return diagnostics.sorted()
    }

    /// The problems of a binding's `exclude:` patterns: one without a version range that is one of the rule's own
    /// patterns (an error: that pattern would bind nothing; drop it instead; with a range it keeps the other
    /// versions bound), and one that none of the rule's patterns can reach (a warning: it excludes nothing, as a
    /// misspelt scope would).
    private static func exclusionProblems(of rule: BindingRule) -> [Diagnostic] {
        let own = Set(rule.patterns.map(\.pattern.normalized))
        var diagnostics: [Diagnostic] = []
        for exclusion in rule.exclusions {
            let pattern = exclusion.pattern
            if exclusion.versions == nil, own.contains(pattern.normalized) {
                diagnostics.append(Diagnostic(.error, "binding '\(rule.id)': exclusion '\(pattern.text)' is one of the "
                                              + "rule's own patterns (remove the pattern instead)", at: rule.location))
            } else if !rule.patterns.contains(where: { Self.canOverlap(exclusion: pattern, pattern: $0.pattern) }) {
                diagnostics.append(Diagnostic(.warning, "binding '\(rule.id)': exclusion '\(pattern.text)' matches "
                                              + "nothing the rule's patterns match", at: rule.location))
            }
        }
        return diagnostics
    }

    /// The errors of a technology's `known-dependencies:`: they connect SwiftPM pins that no manifest connects, so
    /// every pattern (`of:` and `dependencies:`) names Swift packages (`pkg:swift/`), and no dependency is one of the
    /// rule's own patterns (a package's manifest connects it to others, not to itself).
    private static func knownDependencyProblems(of rule: TechnologyRule, own: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let of = rule.knownDependencies.flatMap(\.of)
        let dependencies = rule.knownDependencies.flatMap(\.dependencies)
        for spec in of + dependencies where !spec.pattern.text.hasPrefix("pkg:swift/") {
            diagnostics.append(Diagnostic(.error, "technology '\(rule.id)': known-dependencies pattern "
                                          + "'\(spec.pattern.text)' is no Swift package (pkg:swift/): only SwiftPM pins "
                                          + "lack edges", at: rule.location))
        }
        for spec in dependencies where own.contains(spec.pattern.text) {
            diagnostics.append(Diagnostic(.error, "technology '\(rule.id)': known dependency '\(spec.pattern.text)' is "
                                          + "one of the rule's own patterns", at: rule.location))
        }
        return diagnostics
    }

    /// Whether some purl could match both: a literal exclusion that the pattern matches, or a glob exclusion whose
    /// literal prefix and the pattern's literal prefix agree as far as the shorter goes.
    private static func canOverlap(exclusion: PurlPattern, pattern: PurlPattern) -> Bool {
        if exclusion.isLiteral { return pattern.matches(exclusion.normalized) }
        return exclusion.literalPrefix.hasPrefix(pattern.literalPrefix)
            || pattern.literalPrefix.hasPrefix(exclusion.literalPrefix)
    }

    /// A warning for every pair of rules of one kind that share patterns (with the same range): which rule wins
    /// would depend on the ids only. One warning per pair, however many patterns they share (a layer that aliases
    /// one long list into many rules gets one line per rule, not one per pattern).
    private static func sharedPatterns(_ rules: [(String, [PatternSpec], SourceLocation?)], kind: String)
        -> [Diagnostic] {
        var owner: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (id, patterns, location) in rules {
            var shared: [String: [String]] = [:]
            for spec in Set(patterns) {
                let key = spec.pattern.normalized + "@" + (spec.versions?.text ?? "")
                if let first = owner[key], first != id {
                    shared[first, default: []].append(spec.pattern.text)
                } else {
                    owner[key] = id
                }
            }
            for (first, texts) in shared.sorted(by: { $0.key < $1.key }) {
                let sorted = texts.sorted()
                let what = sorted.count == 1 ? "pattern \(sorted[0]) is" : "\(sorted.count) patterns (\(sorted[0]), ...) are"
                diagnostics.append(Diagnostic(.warning, "\(kind) '\(id)': \(what) also in '\(first)'; the smaller id wins",
                                              at: location))
            }
        }
        return diagnostics
    }
}

/// Loads the rule directories in order and returns every problem: syntax errors, unknown keys, missing sources,
/// invalid patterns or ranges, unknown vendor references, with file and line. Empty means the rules are valid.
/// This is what `sovscan rules check [DIR]` prints.
public func validateRules(at directories: [URL]) -> [Diagnostic] {
    RuleSet.load(directories: directories).diagnostics
}
