import Licenses
import SovScanModel

/// Checks the licences technology rules state (`license:`) against the licence data, which the rules' own
/// validation cannot see: every id must be an SPDX id or a reference, and the licence's category must be known.
public enum RuleLicenceCheck {
    /// An error, at the rule, for every technology rule whose `license` names an id SPDX does not list or whose
    /// category the licence data does not know (a `LicenseRef-` missing from `licenses/categories.yml`); such a
    /// licence is not used.
    public static func diagnostics(_ rules: RuleSet, enricher: LicenseEnricher) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules.technologies {
            guard let license = rule.license else { continue }
            guard let resolved = try? enricher.normalizer.resolver.parse(license), resolved.isFullyKnown else {
                diagnostics.append(Diagnostic(.error, "technology '\(rule.id)': license '\(license)' names an id that "
                                              + "is neither an SPDX id nor a LicenseRef", at: rule.location))
                continue
            }
            if enricher.category(of: resolved.expression) == .unknown {
                diagnostics.append(Diagnostic(.error, "technology '\(rule.id)': the category of license '\(license)' "
                                              + "is unknown (list a LicenseRef in licenses/categories.yml)",
                                              at: rule.location))
            }
        }
        return diagnostics.sorted()
    }

    /// The licence facts of an expression a rule states (a relicensing event's `to`, a technology's `license`);
    /// `nil` when the licence data cannot read it.
    public static func facts(of text: String, enricher: LicenseEnricher) -> LicenseFacts? {
        guard let expression = enricher.normalizer.normalize(DeclaredLicense(text: text, source: .rule)).expression
        else { return nil }
        let oss = enricher.isOSS(expression)
        return LicenseFacts(category: enricher.category(of: expression), isOSS: oss == .unknown ? nil : oss == .yes)
    }
}
