import Foundation

/// What `Classifier.match` looks rules up in: the pattern indexes and one stored copy of each rule. Built from the
/// rules the first time a package is matched, not when the classifier is made: a scan that matches nothing (an
/// empty folder, `--version`-like runs, a check without components) never pays for the indexes (issue 17).
struct RuleMatchers: Sendable {
    let technologyIndex: RuleIndex
    /// One stored copy of each technology and binding rule, which matches point to.
    let sharedTechnologies: [SharedValue<TechnologyRule>]
    let sharedBindings: [SharedValue<BindingRule>]
    let bindingIndex: RuleIndex
    /// Each binding rule's `exclude:` patterns, by the rule's position.
    let bindingExclusions: [[PatternSpec]]
    let relicensingIndex: RuleIndex
    /// The vendors (ids, sorted) that technology and binding rules name for packages of each code-host account
    /// (`host/owner`, lowercased: Swift and Go packages `pkg:swift|golang/HOST/OWNER/…`, GitHub repositories
    /// `pkg:github/OWNER/…`), when the vendor is a company, a foundation or a public body: the account is theirs, so
    /// another package from it is not presumed independent maintainers' (`Classifier.presumedSteward`).
    let accountVendors: [String: [String]]

    init(rules: RuleSet) {
        accountVendors = Self.accountVendors(rules)
        technologyIndex = RuleIndex(rules.technologies.map(\.patterns))
        bindingIndex = RuleIndex(rules.bindings.map(\.patterns))
        bindingExclusions = rules.bindings.map(\.exclusions)
        relicensingIndex = RuleIndex(rules.relicensing.map(\.patterns))
        sharedTechnologies = rules.technologies.map(SharedValue.init)
        sharedBindings = rules.bindings.map(SharedValue.init)
    }

    private static func accountVendors(_ rules: RuleSet) -> [String: [String]] {
        let stewards = vendorsByAccount(rules.technologies.compactMap { rule in rule.vendor.map { ($0, rule.patterns) } })
        // A binding names the platform's vendor, which owns the account only when the binding names the whole
        // account (`pkg:github/aws-actions/*`) and no technology rule names the account's steward: a client of a
        // service kept in someone else's account (Vapor's APNs client, `nerdishbynature/octokit.swift`) binds to the
        // platform but is not its vendor's.
        let platforms = vendorsByAccount(rules.bindings.map { ($0.vendor, $0.patterns) }, wholeAccountsOnly: true)
            .filter { stewards[$0.key] == nil }
        return stewards.merging(platforms) { own, _ in own }.compactMapValues { ids in
            let kept = ids.filter { rules.vendors[$0].map { $0.governance != .community } == true }
            return kept.isEmpty ? nil : kept.sorted()
        }
    }

    /// The vendor ids each account's packages are attributed to by the given (vendor, patterns) pairs; with
    /// `wholeAccountsOnly`, only by patterns that name every package of the account (`…/OWNER/*`).
    private static func vendorsByAccount(_ named: [(String, [PatternSpec])], wholeAccountsOnly: Bool = false)
        -> [String: Set<String>] {
        var accounts: [String: Set<String>] = [:]
        for (id, patterns) in named {
            for spec in patterns {
                guard let account = account(named: spec.pattern.text),
                      !wholeAccountsOnly || namesWholeAccount(spec.pattern.text) else { continue }
                accounts[account, default: []].insert(id)
            }
        }
        return accounts
    }

    /// Whether a purl pattern names every package of an account: `pkg:github/OWNER/*`, `pkg:swift/HOST/OWNER/*`.
    static func namesWholeAccount(_ pattern: String) -> Bool {
        let parts = pattern.split(separator: "/")
        switch parts.first {
        case "pkg:swift", "pkg:golang": return parts.count == 4 && parts[3] == "*"
        case "pkg:github": return parts.count == 3 && parts[2] == "*"
        default: return false
        }
    }

    /// The account (`host/owner`, lowercased) a purl pattern names without a wildcard in host or owner, or `nil`.
    static func account(named pattern: String) -> String? {
        let parts = pattern.lowercased().split(separator: "/")
        let account: ArraySlice<Substring>
        switch parts.first {
        case "pkg:swift", "pkg:golang":
            guard parts.count >= 4 else { return nil }
            account = parts[1...2]
        case "pkg:github":
            guard parts.count >= 3 else { return nil }
            account = ["github.com", parts[1]]
        default:
            return nil
        }
        guard !account.contains(where: { $0.contains("*") }) else { return nil }
        return account.joined(separator: "/")
    }
}

/// `RuleMatchers` built on first use, once per process however many threads ask. Copies of a classifier share it.
final class LazyRuleMatchers: @unchecked Sendable {
    private let lock = NSLock()
    private let rules: RuleSet
    /// Guarded by `lock`.
    private var built: RuleMatchers?

    init(rules: RuleSet) {
        self.rules = rules
    }

    /// Whether the matchers have been built (for tests).
    var isBuilt: Bool {
        lock.lock()
        defer { lock.unlock() }
        return built != nil
    }

    /// The matchers, built at the first call.
    var value: RuleMatchers {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let matchers = RuleMatchers(rules: rules)
        built = matchers
        return matchers
    }
}
