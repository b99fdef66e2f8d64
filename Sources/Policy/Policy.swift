import Classification
import SovScanModel

/// A project's policy (`.sovscan.yml`) after `extends:` was resolved: what a change may bring in.
///
/// Every section is optional; an empty policy allows everything. See `docs/policy.md` for the keys.
public struct Policy: Sendable, Hashable {
    /// The licence rules.
    public var licenses: LicensePolicy
    /// Minimum OSS share per stack level or group.
    public var shares: [ShareRequirement]
    /// Minimum SEAL-style level per component and for the whole system.
    public var seal: SealPolicy
    /// Vendors whose components are refused (vendor ids or globs).
    public var deniedVendors: [PolicyPattern]
    /// Jurisdiction blocs whose vendors are refused (`US`, `CN` ...).
    public var deniedBlocs: [String]
    /// Packages refused outright (purl patterns with an optional version glob).
    public var deniedPackages: [PackagePattern]
    /// Platform bindings: exit plans and allowed blocs.
    public var bindings: BindingPolicy
    /// The providers really behind the system's bindings (`platforms:`), which replace the inferred ones.
    public var platforms: [PlatformDeclaration]
    /// What to do with versions published after a relicensing event.
    public var relicensed: Handling
    /// Scopes whose components are not judged (`dev`, `test`).
    public var ignoredScopes: Set<Scope>
    /// Stack levels whose components are not judged (`development-tooling`: what sovscan finds serves only
    /// development, such as what only a CI tool module declares, whatever scope its manifest gives it).
    public var ignoredLevels: Set<StackLevel>
    /// Waivers for named packages, with reason, exit plan and expiry.
    public var exceptions: [PolicyException]
    /// Why the policy does not judge `component`, whose classified stack level is `level`: its scope is ignored
    /// (`ignore-scopes`), else its level is (`ignore-levels`); `nil` when it is judged.
    public func ignoring(_ component: Component, level: StackLevel?) -> UnjudgedComponents.Reason? {
        if ignoredScopes.contains(component.scope) { return .scope }
        if let level, ignoredLevels.contains(level) { return .level }
        return nil
    }

    /// The longest an exception may run, in months from the day of the check; `nil` for no limit.
    public var exceptionMaxMonths: Int?
    /// An exception in force that expires within this many days is an `exception-expiring` warning.
    public var expiryWarningDays: Int
    /// Severities that replace a rule's own (`severity: { license-unknown: error }`).
    public var severities: [RuleID: Severity]
    /// Every licence id (not glob, not category) the licence lists name, with where: to catch typos.
    public var licenseNames: [LicenseName]
    /// The literal vendor names of `vendors.deny`, with their places, for validation against the rules.
    public var vendorNames: [PolicyName]
    /// The policy files read, the project's own first, then the profiles it extends.
    public var sources: [String]

    public init(
        licenses: LicensePolicy = LicensePolicy(),
        shares: [ShareRequirement] = [],
        seal: SealPolicy = SealPolicy(),
        deniedVendors: [PolicyPattern] = [],
        deniedBlocs: [String] = [],
        deniedPackages: [PackagePattern] = [],
        bindings: BindingPolicy = BindingPolicy(),
        platforms: [PlatformDeclaration] = [],
        relicensed: Handling = .allow,
        ignoredScopes: Set<Scope> = [],
        ignoredLevels: Set<StackLevel> = [],
        exceptions: [PolicyException] = [],
        exceptionMaxMonths: Int? = nil,
        expiryWarningDays: Int = Policy.defaultExpiryWarningDays,
        severities: [RuleID: Severity] = [:],
        licenseNames: [LicenseName] = [],
        vendorNames: [PolicyName] = [],
        sources: [String] = []
    ) {
        self.licenses = licenses
        self.shares = shares
        self.seal = seal
        self.deniedVendors = deniedVendors
        self.deniedBlocs = deniedBlocs
        self.deniedPackages = deniedPackages
        self.bindings = bindings
        self.platforms = platforms
        self.relicensed = relicensed
        self.ignoredScopes = ignoredScopes
        self.ignoredLevels = ignoredLevels
        self.exceptions = exceptions
        self.exceptionMaxMonths = exceptionMaxMonths
        self.expiryWarningDays = expiryWarningDays
        self.severities = severities
        self.licenseNames = licenseNames
        self.vendorNames = vendorNames
        self.sources = sources
    }

    /// The default of `expiry-warning-days`.
    public static let defaultExpiryWarningDays = 30
}

/// How a kind of problem is treated: refused (error), reported (warning) or let through.
public enum Handling: String, Sendable, Hashable, CaseIterable {
    case deny
    case warn
    case allow

    /// The severity of a finding under this handling; `nil` for `allow`.
    public var severity: Severity? {
        switch self {
        case .deny: .error
        case .warn: .warning
        case .allow: nil
        }
    }
}

/// The licence section: allow and deny lists over SPDX ids, globs and categories.
public struct LicensePolicy: Sendable, Hashable {
    /// Licences that may be used; empty means every licence not denied.
    public var allow: [LicensePattern]
    /// Licences that may not be used; a deny beats an allow.
    public var deny: [LicensePattern]
    /// What to do with a component whose licence is unknown.
    public var unknown: Handling
    /// Licences the project states for packages whose metadata is wrong or missing.
    public var clarify: [LicenseClarification]

    public init(allow: [LicensePattern] = [], deny: [LicensePattern] = [], unknown: Handling = .warn,
                clarify: [LicenseClarification] = []) {
        self.allow = allow
        self.deny = deny
        self.unknown = unknown
        self.clarify = clarify
    }
}

/// `seal:`: minimum SEAL-style levels (0-4).
public struct SealPolicy: Sendable, Hashable {
    /// Every judged third-party component must reach this level.
    public var componentMinimum: Int?
    /// The system as a whole must reach this level.
    public var systemMinimum: Int?
    /// Where `seal.system` is written, for the finding about it.
    public var systemLocation: SovScanModel.SourceLocation?

    public init(componentMinimum: Int? = nil, systemMinimum: Int? = nil, systemLocation: SovScanModel.SourceLocation? = nil) {
        self.componentMinimum = componentMinimum
        self.systemMinimum = systemMinimum
        self.systemLocation = systemLocation
    }
}

/// `bindings:`: what a component that binds the system to a provider's service needs.
public struct BindingPolicy: Sendable, Hashable {
    /// Every binding must be covered by an exception that names an exit plan.
    public var requireExitPlan: Bool
    /// Blocs a binding's provider may belong to; empty allows every bloc.
    public var allowedBlocs: [String]
    /// The binding kinds `allowedBlocs` applies to (`cloud`, `database` ...); empty means all kinds.
    public var kinds: [String]

    public init(requireExitPlan: Bool = false, allowedBlocs: [String] = [], kinds: [String] = []) {
        self.requireExitPlan = requireExitPlan
        self.allowedBlocs = allowedBlocs
        self.kinds = kinds
    }
}

/// A name written in a policy list (a vendor of `vendors.deny`), with its place in the policy file.
public struct PolicyName: Sendable, Hashable {
    public var text: String
    public var location: SovScanModel.SourceLocation
    /// The list it is written in.
    public var key: String

    public init(text: String, location: SovScanModel.SourceLocation, key: String) {
        self.text = text
        self.location = location
        self.key = key
    }
}

/// A licence id written in `licenses.allow` or `deny`, with its place in the policy file.
public struct LicenseName: Sendable, Hashable {
    public var id: String
    public var location: SovScanModel.SourceLocation
    /// The list it is written in (`licenses.allow`, `licenses.deny`).
    public var key: String

    public init(id: String, location: SovScanModel.SourceLocation, key: String = "licenses") {
        self.id = id
        self.location = location
        self.key = key
    }
}
