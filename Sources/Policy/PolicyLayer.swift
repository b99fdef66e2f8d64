import Classification
import SovScanModel

/// What one policy file says, before `extends:` is applied. Absent keys stay `nil` so layers can be merged.
struct PolicyLayer {
    var extends: [(name: String, location: SovScanModel.SourceLocation)] = []
    var licensesAllow: [LicensePattern] = []
    var licensesDeny: [LicensePattern] = []
    var licenseNames: [LicenseName] = []
    var clarifications: [LicenseClarification] = []
    var vendorNames: [PolicyName] = []
    var unknown: Handling?
    var shares: [String: ShareRequirement] = [:]
    var sealMinimum: Int?
    var sealSystem: Int?
    var sealSystemLocation: SovScanModel.SourceLocation?
    var vendorsDeny: [PolicyPattern] = []
    var blocsDeny: [String] = []
    var packagesDeny: [PackagePattern] = []
    var requireExitPlan: Bool?
    var bindingBlocs: [String]?
    var bindingKinds: [String]?
    var platforms: [PlatformDeclaration] = []
    var relicensed: Handling?
    var ignoreScopes: [Scope]?
    var ignoreLevels: [StackLevel]?
    var exceptions: [PolicyException] = []
    var exceptionMaxMonths: Int?
    var expiryWarningDays: Int?
    var severities: [RuleID: Severity] = [:]

    /// Lays `child` over `self`: lists of allowed, denied and excepted things are united; single values and
    /// per-level shares of the child replace the parent's.
    func overlaid(by child: PolicyLayer) -> PolicyLayer {
        var result = self
        result.licensesAllow = Self.union(licensesAllow, child.licensesAllow)
        result.licensesDeny = Self.union(licensesDeny, child.licensesDeny)
        result.licenseNames = licenseNames + child.licenseNames
        result.clarifications = clarifications + child.clarifications
        result.vendorNames = vendorNames + child.vendorNames
        result.unknown = child.unknown ?? unknown
        result.shares.merge(child.shares) { _, new in new }
        result.sealMinimum = child.sealMinimum ?? sealMinimum
        result.sealSystem = child.sealSystem ?? sealSystem
        result.sealSystemLocation = child.sealSystem != nil ? child.sealSystemLocation : sealSystemLocation
        result.vendorsDeny = Self.union(vendorsDeny, child.vendorsDeny)
        result.blocsDeny = Self.union(blocsDeny, child.blocsDeny)
        result.packagesDeny = Self.union(packagesDeny, child.packagesDeny)
        result.requireExitPlan = child.requireExitPlan ?? requireExitPlan
        result.bindingBlocs = child.bindingBlocs ?? bindingBlocs
        result.bindingKinds = child.bindingKinds ?? bindingKinds
        result.platforms = child.platforms + platforms.filter { own in
            !child.platforms.contains { $0.binding.lowercased() == own.binding.lowercased() }
        }
        result.relicensed = child.relicensed ?? relicensed
        result.ignoreScopes = child.ignoreScopes ?? ignoreScopes
        result.ignoreLevels = child.ignoreLevels ?? ignoreLevels
        result.exceptions = exceptions + child.exceptions
        result.exceptionMaxMonths = child.exceptionMaxMonths ?? exceptionMaxMonths
        result.expiryWarningDays = child.expiryWarningDays ?? expiryWarningDays
        result.severities.merge(child.severities) { _, new in new }
        return result
    }

    /// The resolved policy.
    func policy(sources: [String]) -> Policy {
        Policy(
            licenses: LicensePolicy(allow: licensesAllow, deny: licensesDeny, unknown: unknown ?? .warn, clarify: clarifications),
            shares: shares.keys.sorted().compactMap { shares[$0] },
            seal: SealPolicy(componentMinimum: sealMinimum, systemMinimum: sealSystem, systemLocation: sealSystemLocation),
            deniedVendors: vendorsDeny,
            deniedBlocs: blocsDeny,
            deniedPackages: packagesDeny,
            bindings: BindingPolicy(requireExitPlan: requireExitPlan ?? false, allowedBlocs: bindingBlocs ?? [],
                                    kinds: bindingKinds ?? []),
            platforms: platforms,
            relicensed: relicensed ?? .allow,
            ignoredScopes: Set(ignoreScopes ?? []),
            ignoredLevels: Set(ignoreLevels ?? []),
            exceptions: exceptions,
            exceptionMaxMonths: exceptionMaxMonths,
            expiryWarningDays: expiryWarningDays ?? Policy.defaultExpiryWarningDays,
            severities: severities,
            licenseNames: licenseNames,
            vendorNames: vendorNames,
            sources: sources
        )
    }

    private static func union<T: Hashable>(_ first: [T], _ second: [T]) -> [T] {
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted }
    }
}
