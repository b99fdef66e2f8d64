import Classification
import SovScanModel

/// What the share counts: STIL's technologies (default) or single components.
public enum CountingUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case technology
    case component
}

/// Options of the analysis.
public struct AnalysisOptions: Sendable, Hashable, Codable {
    public var countBy: CountingUnit
    public var cutoffs: BandCutoffs
    /// The exit-plan register: a binding a plan covers is not reported as a risk.
    public var exitPlans: ExitPlanRegister

    public init(countBy: CountingUnit = .technology, cutoffs: BandCutoffs = .stil, exitPlans: ExitPlanRegister = ExitPlanRegister()) {
        self.countBy = countBy
        self.cutoffs = cutoffs
        self.exitPlans = exitPlans
    }
}

/// One counted unit of a level: a technology (or component) with its verdict.
public struct CountedUnit: Sendable, Hashable, Codable {
    /// The technology name, the purl (component counting) or the platform of a binding.
    public var name: String
    public var verdict: Verdict
    /// How many shipping third-party components make up the unit (0 for a binding's platform).
    public var components: Int
    /// Whether the unit is the platform of a binding rather than packages.
    public var isBinding: Bool

    public init(name: String, verdict: Verdict, components: Int, isBinding: Bool) {
        self.name = name
        self.verdict = verdict
        self.components = components
        self.isBinding = isBinding
    }
}

/// The share of one stack level.
public struct LevelShare: Sendable, Hashable, Codable {
    public var level: StackLevel
    public var count: ShareCount
    /// The counted units, sorted by name.
    public var units: [CountedUnit]
}

/// The share of one STIL group (Applikation, Infrastruktur): the sum of its levels' counts.
public struct GroupShare: Sendable, Hashable, Codable {
    public var group: StilGroup
    public var count: ShareCount
}

/// Components per origin (a bloc or a vendor).
public struct OriginShare: Sendable, Hashable, Codable {
    /// The bloc's code or the vendor's id; `unknown` without a vendor.
    public var key: String
    public var name: String
    public var components: Int
    /// `components` divided by all components counted for origins.
    public var share: Double
    /// How many of `components` have a presumed vendor (`VendorFacts.presumed`): no rule names their steward.
    public var presumed: Int

    public init(key: String, name: String, components: Int, share: Double, presumed: Int = 0) {
        self.key = key
        self.name = name
        self.components = components
        self.share = share
        self.presumed = presumed
    }

    private enum CodingKeys: String, CodingKey { case key, name, components, share, presumed }

    /// Reads documents written before `presumed` existed as having none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        name = try container.decode(String.self, forKey: .name)
        components = try container.decode(Int.self, forKey: .components)
        share = try container.decode(Double.self, forKey: .share)
        presumed = try container.decodeIfPresent(Int.self, forKey: .presumed) ?? 0
    }
}

/// How much of the system one vendor holds.
public struct Concentration: Sendable, Hashable, Codable {
    /// The vendor with the most components (ties: smaller id); `nil` without any vendor.
    public var topVendor: String?
    public var topVendorComponents: Int
    /// Its share of all components counted for origins (those without vendor included); `nil` for 0 components.
    public var topVendorShare: Double?
    /// The share of the three largest vendors together.
    public var topThreeShare: Double?
}

/// How many components have each SEAL level.
public struct SealDistribution: Sendable, Hashable, Codable {
    /// Components per level `0`...`4` (every level present, 0 when none).
    public var counts: [String: Int]
    /// The lowest level found; `nil` without components.
    public var minimum: Int?
    /// The median level (the lower middle for an even count).
    public var median: Int?
    /// Components that have no level because their licence is unknown; not counted in `counts`.
    public var unrated: Int

    public init(counts: [String: Int], minimum: Int?, median: Int?, unrated: Int = 0) {
        self.counts = counts
        self.minimum = minimum
        self.median = median
        self.unrated = unrated
    }

    private enum CodingKeys: String, CodingKey { case counts, minimum, median, unrated }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        counts = try container.decode([String: Int].self, forKey: .counts)
        minimum = try container.decodeIfPresent(Int.self, forKey: .minimum)
        median = try container.decodeIfPresent(Int.self, forKey: .median)
        unrated = try container.decodeIfPresent(Int.self, forKey: .unrated) ?? 0
    }
}

/// The kind of a risk.
public enum RiskKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case proprietary
    case sourceAvailable = "source-available"
    case relicensed
    case nonEUSingleCompany = "non-eu-single-company"
    case bindingWithoutExitPlan = "binding-without-exit-plan"
    case unknownLicense = "unknown-license"

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: RiskKind, rhs: RiskKind) -> Bool { lhs.rank < rhs.rank }
}

/// How serious a risk is.
public enum RiskSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case high
    case medium
    case low

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: RiskSeverity, rhs: RiskSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One risk: a kind, what it concerns (a technology or platform) and the components behind it.
public struct Risk: Sendable, Hashable, Codable {
    public var kind: RiskKind
    public var severity: RiskSeverity
    /// The technology or platform concerned.
    public var subject: String
    /// The components concerned, as purls, sorted.
    public var components: [String]
    public var message: String
}

/// A platform the system is bound to.
public struct BindingUse: Sendable, Hashable, Codable {
    public var platform: String
    public var rule: String
    public var kind: BindingKind
    public var proprietary: Bool
    public var vendor: String?
    public var bloc: Bloc
    /// The stack level the platform counts toward.
    public var level: StackLevel
    public var hasExitPlan: Bool
    /// The SDK components that bind, as purls, sorted.
    public var components: [String]
    /// The vendor's name and legal seat (ISO 3166 code), when the vendor is known; absent in documents written
    /// before they were recorded.
    public var vendorName: String?
    public var country: String?
    /// When the system declared the provider (`platforms:`), the platform the SDK alone suggests; else `nil`.
    public var declaredInsteadOf: String?
    /// For an optional binding (`SystemAnalysis.optionalBindings`), the role and the open alternatives the system
    /// ships beside the SDK; `nil` for a binding.
    public var optional: OptionalBinding? = nil
}

/// Component totals of a system, so nothing is counted silently.
public struct ComponentTotals: Sendable, Hashable, Codable {
    public var all: Int
    public var firstParty: Int
    /// Third-party components that do not ship (test, dev scope).
    public var notShipping: Int
    /// Shipping third-party components at `development-tooling`, outside the shares.
    public var developmentTooling: Int
    /// Shipping third-party components without a level, outside the shares.
    public var withoutLevel: Int
    /// Shipping third-party components counted in a level share.
    public var counted: Int
}

/// The analysis of one system.
public struct SystemAnalysis: Sendable, Hashable, Codable {
    public var name: String
    public var countBy: CountingUnit
    public var totals: ComponentTotals
    /// Every Applikation and Infrastruktur level, in model order, also when empty.
    public var levels: [LevelShare]
    public var groups: [GroupShare]
    /// Both groups together.
    public var overall: ShareCount
    public var bindings: [BindingUse]
    public var byBloc: [OriginShare]
    public var byVendor: [OriginShare]
    public var concentration: Concentration
    public var seal: SealDistribution
    public var risks: [Risk]
    /// The container registries its shipping images come from, with their operators; absent in documents
    /// written before version 1.2.0.
    public var registries: [RegistryUse]?
    /// The platforms the system ships an SDK for beside open alternatives for the same role (an administrator picks
    /// one): reported, but not in `bindings`, the level shares or the risks, since they tie the system to nothing;
    /// absent when there are none.
    public var optionalBindings: [BindingUse]? = nil
}
