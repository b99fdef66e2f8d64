import SovScanModel

/// The steward of a package that no rule names, presumed from where it is hosted: a package whose repository
/// belongs to a personal GitHub account (`Component.repositoryOwnerProperty`, set by the online stage) is an
/// independent maintainer's. Companies and foundations usually keep their projects in organisation accounts (to
/// share the keys), so the presumption fails mostly for a company's code kept under a founder's or employee's name,
/// or a person's fork of a company's package, which a vendor rule then has to name.
extension Classifier {
    /// Whether a rule names the steward of `purl` (its technology's vendor, else its binding's platform vendor): the
    /// online stage asks GitHub about the owners of the other packages only.
    public func namesSteward(of purl: PackageURL) -> Bool {
        namedSteward(match(purl)) != nil
    }

    /// The vendor a rule names for a match, with the reason: the technology's steward, else the bound platform's
    /// vendor; `nil` when neither names one the rules know.
    func namedSteward(_ match: RuleMatch) -> (vendor: Vendor, reason: String)? {
        if let rule = match.technology, let id = rule.vendor, let found = rules.vendors[id] {
            return (found, "vendor of technology \(rule.name)")
        }
        if let rule = match.binding, let found = rules.vendors[rule.vendor] { return (found, "vendor of platform \(rule.platform)") }
        return nil
    }

    /// The vendor `independent` and the decision saying why, for a third-party package in a personal account; `nil`
    /// for every other component or when the rules have no `independent` vendor.
    func presumedSteward(of component: Component) -> (VendorFacts, Decision)? {
        guard !component.isFirstParty, component.properties[Component.repositoryOwnerProperty] == "user",
              let owner = SourceRepositoryOwner(of: component)?.owner, let independent = rules.vendors["independent"] else { return nil }
        return (VendorFacts(independent),
                Decision(fact: "vendor", value: independent.name,
                         reason: "presumed: no rule names a steward, and the repository belongs to \(owner), a personal "
                             + "GitHub account (GitHub's users API)", rule: independent.id, location: independent.location))
    }

    /// The owner of a third-party package whose repository belongs to an organisation account, for the explanation
    /// of a vendor left unknown.
    static func repositoryOwner(of component: Component) -> String? {
        guard !component.isFirstParty, component.properties[Component.repositoryOwnerProperty] == "organization"
        else { return nil }
        return SourceRepositoryOwner(of: component)?.owner
    }
}
