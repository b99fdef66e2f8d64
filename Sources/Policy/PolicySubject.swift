import Classification
import SovScanModel

/// What the policy knows about one component besides its inventory entry: the facts the classification and
/// analysis stages decided. Every fact is optional; a rule whose fact is missing does not fire.
public struct ComponentFacts: Sendable, Hashable {
    /// The vendor's id (`oracle`, `apache`) and display name.
    public var vendorID: String?
    public var vendorName: String?
    /// The vendor's bloc (`EU`, `US` ...), as the classification writes it.
    public var bloc: String?
    /// The platform the component binds the system to, if any.
    public var binding: BindingFact?
    /// Relicensing events that apply to the version in use and leave open source.
    public var relicensing: [RelicensingFact]
    /// The SEAL-style level 0-4.
    public var seal: Int?
    /// The stack level the classification decided (`development-tooling` for what serves only development).
    public var level: StackLevel?
    /// The decision that gave that level, as `explain` lists it (`level = …: reason [rule … at …]`).
    public var levelReason: String?
    /// The licence a technology rule states for a component that declares none (`Classification.statedLicense`),
    /// with the rule's id; judged as a declared licence.
    public var statedLicense: StatedLicenseFact?

    public init(vendorID: String? = nil, vendorName: String? = nil, bloc: String? = nil, binding: BindingFact? = nil,
                relicensing: [RelicensingFact] = [], seal: Int? = nil, level: StackLevel? = nil, levelReason: String? = nil,
                statedLicense: StatedLicenseFact? = nil) {
        self.vendorID = vendorID
        self.vendorName = vendorName
        self.bloc = bloc
        self.binding = binding
        self.relicensing = relicensing
        self.seal = seal
        self.level = level
        self.levelReason = levelReason
        self.statedLicense = statedLicense
    }
}

/// A licence that a technology rule states for a component that declares none.
public struct StatedLicenseFact: Sendable, Hashable {
    /// The licence as the rule states it.
    public var expression: LicenseExpression
    /// The technology rule's id.
    public var rule: String

    public init(expression: LicenseExpression, rule: String) {
        self.expression = expression
        self.rule = rule
    }
}

/// A platform binding of a component.
public struct BindingFact: Sendable, Hashable {
    /// The platform (`AWS`, `Oracle Database`).
    public var platform: String
    /// The binding kind (`cloud`, `database` ...).
    public var kind: String
    /// The provider's bloc.
    public var bloc: String?
    /// The binding rule's id (`azure`), when known.
    public var rule: String?

    public init(platform: String, kind: String, bloc: String?, rule: String? = nil) {
        self.platform = platform
        self.kind = kind
        self.bloc = bloc
        self.rule = rule
    }
}

/// A relicensing event that makes the version in use non-open-source.
public struct RelicensingFact: Sendable, Hashable {
    /// The event's id in the rules.
    public var event: String
    /// The licence after the event (`SSPL-1.0`, `BUSL-1.1`).
    public var to: String
    /// The versions under the new licence, as the rule writes them.
    public var versions: String

    public init(event: String, to: String, versions: String) {
        self.event = event
        self.to = to
        self.versions = versions
    }
}

/// One system as the policy judges it: the inventory plus what classification and analysis found.
public struct PolicySubject: Sendable {
    public var inventory: SystemInventory
    /// Facts per component; a component without an entry has no classification facts.
    public var facts: [PackageURL: ComponentFacts]
    /// OSS share per group (`application`, `infrastructure`) and per stack level.
    public var shares: [String: MeasuredShare]
    /// The system's SEAL-style level.
    public var seal: Int?

    public init(inventory: SystemInventory, facts: [PackageURL: ComponentFacts] = [:], shares: [String: MeasuredShare] = [:],
                seal: Int? = nil) {
        self.inventory = inventory
        self.facts = facts
        self.shares = shares
        self.seal = seal
    }
}
