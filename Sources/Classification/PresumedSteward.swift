import SovScanModel

/// The steward of a third-party package that no rule names, presumed from where it is published. The rules name the
/// companies, foundations and public bodies behind the most used packages of each ecosystem (their vendors were
/// reviewed with sources), so a package they do not name that is published under a person's or a small group's own
/// name is presumed to be kept by independent maintainers:
/// - its repository belongs to a personal GitHub account (`Component.repositoryOwnerProperty`, set by the online
///   stage);
/// - a Swift package on a public code host (`github.com/OWNER/…`), or a GitHub Action a workflow uses
///   (`pkg:github/OWNER/…`), whose owner no rule names as a company's, a foundation's or a public body's
///   (`accountStewards`);
/// - a Maven artefact under a code host's namespace (`io.github.OWNER`, `com.github.OWNER`, `io.gitlab.OWNER`,
///   `net.sourceforge.PROJECT`: Maven Central grants those to the account or project on that host);
/// - an unscoped npm package (companies and foundations publish under an npm scope or are named by rules), also as a
///   WebJar (`WebJarOrigin`);
/// - unless the package comes from an account that rules name as a company's, a foundation's or a public body's
///   (`accounts`: a Swift package's repository, the Git repository an npm package was installed from, the GitHub
///   repository a WebJar was built from); an npm package or WebJar then takes that vendor when it is the only one
///   (`accountSteward`).
/// The presumption is marked (`VendorFacts.presumed`), said in the explanation and counted apart in the reports. It
/// fails mostly for a small company's package kept under its own account or name, which a vendor rule then names.
/// Across the labelled sets it held for 73 of the 82 packages whose vendor was unknown (docs/methodology.md).
extension Classifier {
    /// Whether rules decide the steward of `component` without knowing who owns its repository: a rule names its
    /// steward (its technology's vendor, else its binding's platform vendor, else for a WebJar the npm package's), or
    /// rules name the account it comes from as a company's, a foundation's or a public body's (`accountStewards`),
    /// which then takes it or keeps it from being presumed. The online stage asks GitHub about the owners of the
    /// other packages only.
    public func namesSteward(of component: Component) -> Bool {
        namedSteward(of: component.purl, match: match(component.purl)) != nil || !accountStewards(of: component).isEmpty
    }

    /// The vendor a rule names for `purl`, whose own rules are `match`, with the reason: `namedSteward(match)`, else
    /// for a WebJar (`WebJarOrigin`) the one named for the npm package it repackages (the first of its readings a
    /// rule names); `nil` when no rule names one.
    func namedSteward(of purl: PackageURL, match: RuleMatch) -> (vendor: Vendor, reason: String)? {
        if let named = namedSteward(match) { return named }
        for origin in WebJarOrigin.npmPackages(of: purl) {
            guard let (vendor, reason) = namedSteward(self.match(origin)) else { continue }
            return (vendor, "\(reason): a WebJar of the npm package \(origin.namespace.map { $0 + "/" } ?? "")\(origin.name)")
        }
        return nil
    }

    /// The vendor whose account an npm package was installed from (`NPMGitSource`), a WebJar was built from
    /// (`WebJarOrigin.gitHubAccounts`) or a GitHub Action is published from, when rules name that account as one company's, foundation's or public
    /// body's and nothing else (`RuleMatchers.accountVendors`), with the reason; `nil` otherwise. (A Swift package
    /// of such an account is only not presumed: `accountStewards`.)
    func accountSteward(of component: Component) -> (vendor: Vendor, reason: String)? {
        guard !component.isFirstParty, component.ecosystem != .swift else { return nil }
        for account in accounts(of: component) {
            guard let ids = matchers.value.accountVendors[account], ids.count == 1, let vendor = rules.vendors[ids[0]]
            else { continue }
            let how = switch component.ecosystem {
            case .npm: "installed from a Git repository of"
            case .ci: "a GitHub Action of"
            default: "a WebJar built from a repository of"
            }
            return (vendor, "\(how) \(account), an account rules name as \(vendor.name)'s")
        }
        return nil
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

    /// The vendor `independent`, marked as presumed, and the decision saying why, for a third-party package that no
    /// rule names and that is published under a person's or a small group's own name; `nil` for every other
    /// component or when the rules have no `independent` vendor.
    func presumedSteward(of component: Component) -> (VendorFacts, Decision)? {
        guard !component.isFirstParty, accountStewards(of: component).isEmpty,
              let evidence = Self.independentPublication(of: component),
              let independent = rules.vendors["independent"] else { return nil }
        var facts = VendorFacts(independent)
        facts.presumed = true
        return (facts, Decision(fact: "vendor", value: independent.name,
                                reason: "presumed: no rule names a steward, and \(evidence)",
                                rule: independent.id, location: independent.location))
    }

    /// The names of the companies, foundations or public bodies that rules name for other packages of the account
    /// a third-party package comes from (`accounts`): such an account is theirs, not independent maintainers'.
    /// Empty when there is none.
    func accountStewards(of component: Component) -> [String] {
        guard !component.isFirstParty else { return [] }
        let ids = Set(accounts(of: component).flatMap { matchers.value.accountVendors[$0] ?? [] })
        return ids.sorted().compactMap { rules.vendors[$0]?.name }
    }

    /// The code-host accounts (`host/owner`, lowercased) a package comes from: a Swift package's or a GitHub
    /// Action's repository owner, the
    /// Git repository an npm package was installed from (`NPMGitSource`), the GitHub repository a WebJar was built
    /// from (each reading of its name).
    func accounts(of component: Component) -> [String] {
        switch component.ecosystem {
        case .swift, .ci:
            return SourceRepositoryOwner(of: component).map { ["\($0.host)/\($0.owner.lowercased())"] } ?? []
        case .npm:
            return NPMGitSource.account(of: component).map { ["\($0.host)/\($0.owner.lowercased())"] } ?? []
        case .maven:
            return WebJarOrigin.gitHubAccounts(of: component.purl).map { "github.com/" + $0 }
        default:
            return []
        }
    }

    /// Words saying where a package is published under its maintainers' own name, or `nil` when it is not.
    static func independentPublication(of component: Component) -> String? {
        let owner = SourceRepositoryOwner(of: component)
        if component.properties[Component.repositoryOwnerProperty] == "user", let owner {
            return "the repository belongs to \(owner.owner), a personal GitHub account (GitHub's users API)"
        }
        switch component.ecosystem {
        case .swift, .ci:
            guard let owner, codeHosts.contains(owner.host) else { return nil }
            let kind = component.properties[Component.repositoryOwnerProperty] == "organization"
                ? "an organisation account (GitHub's users API)" : "an account"
            let what = component.ecosystem == .ci ? "the action" : "the package"
            return "\(what) is published from \(owner.host)/\(owner.owner), \(kind) that no rule names as a company's "
                + "or a foundation's"
        case .maven:
            if let origin = WebJarOrigin.npmPackage(of: component.purl) {
                guard origin.namespace == nil else { return nil }
                let accounts = WebJarOrigin.gitHubAccounts(of: component.purl)
                if let account = accounts.first {
                    return "it is a WebJar built from a repository of the GitHub account \(account)"
                        + (accounts.count > 1 ? " (or another reading of its name)" : "")
                        + ", which no rule names as a company's or a foundation's"
                }
                return "it is a WebJar of the unscoped npm package \(origin.name) (companies and foundations publish "
                    + "under an npm scope or are named by rules)"
            }
            guard let group = component.purl.namespace,
                  let prefix = codeHostGroupPrefixes.first(where: { group.hasPrefix($0) && group.count > $0.count })
            else { return nil }
            return "its groupId \(group) lies under \(prefix.dropLast()), the namespace Maven Central grants to an "
                + "account or project of that code host"
        case .npm:
            guard component.purl.namespace == nil else { return nil }
            if let source = NPMGitSource.account(of: component) {
                return "it is an unscoped npm package installed from a Git repository of \(source.host)/\(source.owner), "
                    + "an account that no rule names as a company's or a foundation's"
            }
            return "it is an unscoped npm package (companies and foundations publish under an npm scope or are "
                + "named by rules)"
        default:
            return nil
        }
    }

    /// Public code hosts whose accounts are people's or projects' own (a company's own Git server is not one).
    static let codeHosts: Set<String> = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com"]

    /// The groupId prefixes Maven Central grants to an account or project of a code host.
    private static let codeHostGroupPrefixes = [
        "io.github.", "com.github.", "io.gitlab.", "com.gitlab.", "io.bitbucket.", "org.bitbucket.", "io.gitee.",
        "io.codeberg.", "net.sourceforge.",
    ]

    /// The owner of a third-party package whose repository belongs to an organisation account, for the explanation
    /// of a vendor left unknown.
    static func repositoryOwner(of component: Component) -> String? {
        guard !component.isFirstParty, component.properties[Component.repositoryOwnerProperty] == "organization"
        else { return nil }
        return SourceRepositoryOwner(of: component)?.owner
    }
}
