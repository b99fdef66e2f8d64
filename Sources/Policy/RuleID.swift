/// The stable ids of the policy's rules. They are a contract (SARIF rule ids, baselines, docs/policy.md).
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case licenseDenied = "license-denied"
    case licenseNotAllowed = "license-not-allowed"
    case licenseUnknown = "license-unknown"
    case packageDenied = "package-denied"
    case vendorDenied = "vendor-denied"
    case blocDenied = "bloc-denied"
    case bindingWithoutExitPlan = "binding-without-exit-plan"
    case bindingBlocNotAllowed = "binding-bloc-not-allowed"
    case relicensedVersion = "relicensed-version"
    case sealBelowMinimum = "seal-below-minimum"
    case systemSealBelowMinimum = "system-seal-below-minimum"
    case shareBelowMinimum = "share-below-minimum"
    case exceptionExpired = "exception-expired"
    case exceptionExpiring = "exception-expiring"
    case exceptionUnused = "exception-unused"
    case exceptionTooLong = "exception-too-long"

    /// A one-line description (SARIF `shortDescription`).
    public var summary: String {
        switch self {
        case .licenseDenied: "A component's licence is on the deny list."
        case .licenseNotAllowed: "A component's licence is not on the allow list."
        case .licenseUnknown: "A component's licence could not be determined."
        case .packageDenied: "A package on the deny list is used."
        case .vendorDenied: "A component comes from a denied vendor."
        case .blocDenied: "A component's vendor is seated in a denied jurisdiction bloc."
        case .bindingWithoutExitPlan: "A component binds the system to a provider's service without an exit plan."
        case .bindingBlocNotAllowed: "A platform binding's provider is outside the allowed blocs."
        case .relicensedVersion: "A version published after its project left open source is used."
        case .sealBelowMinimum: "A component's SEAL level is below the minimum."
        case .systemSealBelowMinimum: "The system's SEAL level is below the minimum."
        case .shareBelowMinimum: "The OSS share of a stack level or group is below the minimum."
        case .exceptionExpired: "An exception is past its expiry date and no longer waives anything."
        case .exceptionExpiring: "An exception expires soon: renew it or finish the exit plan."
        case .exceptionUnused: "An exception matches no component: remove it."
        case .exceptionTooLong: "An exception runs longer than the policy's exit horizon allows."
        }
    }

    /// The policy key that configures the rule, for help texts.
    public var policyKey: String {
        switch self {
        case .licenseDenied: "licenses.deny"
        case .licenseNotAllowed: "licenses.allow"
        case .licenseUnknown: "licenses.unknown"
        case .packageDenied: "packages.deny"
        case .vendorDenied: "vendors.deny"
        case .blocDenied: "blocs.deny"
        case .bindingWithoutExitPlan: "bindings.require-exit-plan"
        case .bindingBlocNotAllowed: "bindings.allow-blocs"
        case .relicensedVersion: "relicensed"
        case .sealBelowMinimum: "seal.minimum"
        case .systemSealBelowMinimum: "seal.system"
        case .shareBelowMinimum: "share"
        case .exceptionExpired: "exceptions[].expires"
        case .exceptionExpiring: "expiry-warning-days"
        case .exceptionUnused: "exceptions"
        case .exceptionTooLong: "exception-max-months"
        }
    }

    /// The rules about a component's licence (their finding's subject is the licence).
    public static let licenseRules: Set<RuleID> = [.licenseDenied, .licenseNotAllowed, .licenseUnknown]

    /// The address of the rule's documentation, relative to the repository (SARIF `helpUri` is built from it).
    public var documentationAnchor: String { "docs/policy.md#" + rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
