import Licenses
import SovScanModel

/// One decision of the classifier and what decided it: the rule (id, file and line), the evidence or the default.
///
/// Stored as the value plus a shared `Basis` (fact, reason, rule, location): the basis reads the same for many
/// components (a big SBOM's components mostly differ only in the value), so one classification pass stores each
/// distinct basis once (`sharingBasis(with:)`) and a decision costs a value and a pointer.
public struct Decision: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What was decided: `level`, `technology`, `vendor`, `binding`, `relicensing`, `license`, `seal`.
    public var fact: String {
        get { basis.value.fact }
        set { basis = SharedValue(Basis(fact: newValue, reason: reason, rule: rule, location: location)) }
    }
    /// The value decided, as text.
    public var value: String
    /// Why, in a sentence.
    public var reason: String {
        get { basis.value.reason }
        set { basis = SharedValue(Basis(fact: fact, reason: newValue, rule: rule, location: location)) }
    }
    /// The id of the rule that decided, if a rule did.
    public var rule: String? {
        get { basis.value.rule }
        set { basis = SharedValue(Basis(fact: fact, reason: reason, rule: newValue, location: location)) }
    }
    /// Where that rule is written.
    public var location: SourceLocation? {
        get { basis.value.location }
        set { basis = SharedValue(Basis(fact: fact, reason: reason, rule: rule, location: newValue)) }
    }
    private var basis: SharedValue<Basis>

    /// What a decision says besides its value.
    struct Basis: Sendable, Hashable {
        var fact: String
        var reason: String
        var rule: String?
        var location: SourceLocation?
    }

    public init(fact: String, value: String, reason: String, rule: String? = nil, location: SourceLocation? = nil) {
        self.value = value
        basis = SharedValue(Basis(fact: fact, reason: reason, rule: rule, location: location))
    }

    /// The decision with its basis replaced by the interner's stored copy of an equal one.
    mutating func sharingBasis(with interner: inout SharedValueInterner<Basis>) {
        basis = interner.intern(basis)
    }

    public var description: String {
        var text = "\(fact) = \(value): \(reason)"
        if let rule { text += " [rule \(rule)" + (location.map { " at \($0)" } ?? "") + "]" }
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case fact, value, reason, rule, location
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(fact: try container.decode(String.self, forKey: .fact),
                  value: try container.decode(String.self, forKey: .value),
                  reason: try container.decode(String.self, forKey: .reason),
                  rule: try container.decodeIfPresent(String.self, forKey: .rule),
                  location: try container.decodeIfPresent(SourceLocation.self, forKey: .location))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fact, forKey: .fact)
        try container.encode(value, forKey: .value)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encodeIfPresent(location, forKey: .location)
    }
}

/// The vendor facts copied onto a classification.
public struct VendorFacts: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var country: String?
    public var bloc: Bloc
    public var governance: Governance
    /// `true` when no rule names the steward and it is presumed from where the package is published
    /// (`Classifier.presumedSteward`); absent when a rule names it.
    public var presumed: Bool?

    public init(_ vendor: Vendor) {
        id = vendor.id
        name = vendor.name
        country = vendor.country
        bloc = vendor.bloc
        governance = vendor.governance
    }

    /// Whether the steward is presumed rather than named by a rule.
    public var isPresumed: Bool { presumed == true }
}

/// The platform a component binds the system to.
public struct BindingFacts: Sendable, Hashable, Codable {
    public var rule: String
    public var platform: String
    public var kind: BindingKind
    public var proprietary: Bool
    public var vendor: VendorFacts?
    /// The system's declaration that replaced the inferred provider (`platforms:`); `nil` when inferred.
    public var declaration: PlatformDeclaration?
    /// The platform the SDK alone suggests, kept when a declaration replaced it.
    public var inferredPlatform: String?
    /// Set when the system ships the SDK beside open alternatives for the same role, so that the platform is one
    /// choice among several (`OptionalBindings`); `nil` for a binding the system cannot do without.
    public var optional: OptionalBinding?
    /// `true` when the component serves development only (its level is `development-tooling`: a load-testing tool's
    /// CloudWatch client, a test container's cloud SDK): the build or the tests use the platform, the running system
    /// does not, so the SDK does not tie the system to it; `nil` otherwise.
    public var developmentOnly: Bool?

    public init(rule: String, platform: String, kind: BindingKind, proprietary: Bool, vendor: VendorFacts?,
                declaration: PlatformDeclaration? = nil, inferredPlatform: String? = nil,
                optional: OptionalBinding? = nil, developmentOnly: Bool? = nil) {
        self.rule = rule
        self.platform = platform
        self.kind = kind
        self.proprietary = proprietary
        self.vendor = vendor
        self.declaration = declaration
        self.inferredPlatform = inferredPlatform
        self.optional = optional
        self.developmentOnly = developmentOnly
    }

    /// Whether the system declared the provider instead of it being inferred from the SDK.
    public var isDeclared: Bool { declaration != nil }

    /// Whether the binding ties the system to the platform: it is not one choice among open alternatives, and the
    /// component runs with the system rather than serving only its development.
    public var binds: Bool { optional == nil && developmentOnly != true }

    /// The binding with a declaration's provider, country or vendor and proprietary flag in place of the inferred
    /// ones. `vendors` are the rules' vendors; a provider that names no vendor id becomes a company of its country.
    public func declared(by declaration: PlatformDeclaration, vendors: [String: Vendor]) -> BindingFacts {
        let vendor = declaration.vendor.flatMap { vendors[$0] } ?? Vendor(
            id: "declared:" + declaration.provider.lowercased(), name: declaration.provider,
            country: declaration.country, bloc: declaration.country.map(RuleSet.bloc(ofCountry:)) ?? .unknown,
            governance: .company, sources: [], note: "declared by the system", location: declaration.location)
        return BindingFacts(rule: rule, platform: declaration.provider, kind: kind,
                            proprietary: declaration.proprietary ?? proprietary, vendor: VendorFacts(vendor),
                            declaration: declaration, inferredPlatform: platform, optional: optional,
                            developmentOnly: developmentOnly)
    }
}

/// Why a binding is optional: the role its SDK serves, the open alternatives the same projects declare for it (by
/// display name, sorted) and the sources of the rule that names them; or, for an SDK the projects point at an
/// endpoint of their own (`endpoints`), the files that configure it.
public struct OptionalBinding: Sendable, Hashable, Codable {
    public var role: String
    public var alternatives: [String]
    public var sources: [String]
    /// Where the projects configure the SDK's endpoint ("an endpoint option of new S3Client in app/src/storage.js"),
    /// sorted; `nil` when the alternatives are other SDKs the projects declare.
    public var endpoints: [String]?

    public init(role: String, alternatives: [String], sources: [String], endpoints: [String]? = nil) {
        self.role = role
        self.alternatives = alternatives
        self.sources = sources
        self.endpoints = endpoints
    }
}

/// A relicensing event that applies to the version in use.
public struct AppliedRelicensing: Sendable, Hashable, Codable {
    public var event: String
    public var project: String
    public var from: String
    public var to: String
    /// The range of versions under the new licence, as written in the rule.
    public var versions: String
    public var date: String
    public var ossAfter: Bool
    public var sources: [String]

    public init(_ event: RelicensingEvent) {
        self.event = event.id
        project = event.project
        from = event.from
        to = event.to
        versions = event.versions.text
        date = event.date
        ossAfter = event.ossAfter
        sources = event.sources
    }
}

/// The licence facts the classifier receives (from the `Licenses` stage).
public struct LicenseFacts: Sendable, Hashable, Codable {
    public var category: LicenseCategory
    /// Whether the expression is satisfiable with OSI/FSF licences; `nil` when unknown.
    public var isOSS: Bool?

    public init(category: LicenseCategory, isOSS: Bool?) {
        self.category = category
        self.isOSS = isOSS
    }

    /// Unknown licence.
    public static let unknown = LicenseFacts(category: .unknown, isOSS: nil)

    /// Whether the licence is OSS: the explicit flag, else what the category implies (`nil` for unknown).
    public var effectiveOSS: Bool? {
        if let isOSS { return isOSS }
        switch category {
        case .permissive, .weakCopyleft, .strongCopyleft, .networkCopyleft, .publicDomain: return true
        case .sourceAvailable, .proprietary: return false
        case .unknown: return nil
        }
    }
}

/// Everything sovscan concludes about one component's place in the stack and its sovereignty.
public struct Classification: Sendable, Hashable, Codable {
    public var purl: PackageURL
    /// The stack level; `nil` when nothing decided one (a generic SBOM component without rule or parent).
    public var level: StackLevel?
    /// The technology (the unit of STIL's share).
    public var technology: String
    /// The technology rule's id; `nil` when the name is the fallback group (groupId, npm scope, repository).
    public var technologyRule: String?
    /// The technology the component counts under in the shares when it has no level of its own and inherits one
    /// from the direct dependency that brings it in (a utility of `pg` counts as part of `pg`); `nil` when it
    /// counts as its own `technology`.
    public var countedUnder: String?
    public var vendor: VendorFacts? {
        get { sharedVendor?.value }
        set { sharedVendor = newValue.map(SharedValue.init) }
    }
    /// The vendor's bloc; without a vendor, the bloc a Maven groupId's country domain shows (`GroupDomainSeat`),
    /// else `unknown`.
    public var bloc: Bloc
    public var governance: Governance?
    public var binding: BindingFacts? {
        get { sharedBinding?.value }
        set { sharedBinding = newValue.map(SharedValue.init) }
    }
    /// Relicensing events that apply to the version in use, sorted by id.
    public var relicensing: [AppliedRelicensing]
    public var license: LicenseFacts
    /// The licence expression a technology rule states for a component that declares none ("known by rule":
    /// Oracle's JDBC driver under Oracle's Free Use Terms, an official image under its project's licence), as the
    /// rule writes it; `nil` when the licence comes from the component itself or stays unknown. The policy judges
    /// it as it judges a declared licence.
    public var statedLicense: String?
    /// Own code of the system: not counted as OSS or proprietary.
    public var isFirstParty: Bool
    /// Whether the component ships (its scope is not test or dev).
    public var ships: Bool
    /// SEAL-style sovereignty level 0-4; `nil` for first-party code.
    public var seal: Int?
    /// Every decision with its reason, in the order made.
    public var explanation: [Decision]
    /// Vendor and binding are held by reference: most classifications of a system share a few of each
    /// (`sharingStorage(with:)`), and an inline copy would be most of a classification's size.
    private var sharedVendor: SharedValue<VendorFacts>?
    private var sharedBinding: SharedValue<BindingFacts>?

    private enum CodingKeys: String, CodingKey {
        case purl, level, technology, technologyRule, countedUnder, sharedVendor = "vendor", bloc, governance
        case sharedBinding = "binding", relicensing, license, statedLicense, isFirstParty, ships, seal, explanation
    }

    public init(purl: PackageURL, level: StackLevel?, technology: String, technologyRule: String?,
                vendor: VendorFacts?, bloc: Bloc, governance: Governance?, binding: BindingFacts?,
                relicensing: [AppliedRelicensing], license: LicenseFacts, isFirstParty: Bool, ships: Bool,
                seal: Int?, explanation: [Decision]) {
        self.purl = purl
        self.level = level
        self.technology = technology
        self.technologyRule = technologyRule
        sharedVendor = vendor.map(SharedValue.init)
        self.bloc = bloc
        self.governance = governance
        sharedBinding = binding.map(SharedValue.init)
        self.relicensing = relicensing
        self.license = license
        self.isFirstParty = isFirstParty
        self.ships = ships
        self.seal = seal
        self.explanation = explanation
    }

    /// `statedLicense` as an expression; `nil` without one (or if it does not parse, which rule validation prevents).
    public var statedLicenseExpression: LicenseExpression? {
        statedLicense.flatMap { try? LicenseExpressionParser.parse($0) }
    }

    /// The technology the shares count the component under: `countedUnder`, else its own.
    public var countingTechnology: String { countedUnder ?? technology }

    /// Counts the component under the technology that brings it in, with the decision saying so.
    mutating func counting(under host: String) {
        guard host != technology else { return }
        countedUnder = host
        let position = explanation.firstIndex { $0.fact == "level" }.map { $0 + 1 } ?? explanation.endIndex
        explanation.insert(Decision(fact: "counted-under", value: host,
                                    reason: "no level of its own: it counts as part of \(host), which brings it in, "
                                        + "not as a technology of its own"), at: position)
    }

    /// The classification with its vendor, binding and decision bases replaced by the stored copies of equal
    /// ones: what one classification pass does so that equal facts are stored once.
    mutating func sharingStorage(with storage: inout SharedClassificationStorage) {
        sharedVendor = sharedVendor.map { storage.vendors.intern($0) }
        sharedBinding = sharedBinding.map { storage.bindings.intern($0) }
        for position in explanation.indices {
            explanation[position].sharingBasis(with: &storage.decisionBases)
        }
    }

    /// Whether the component is OSS for the shares: the licence's verdict, except that an applied relicensing
    /// event to a non-OSS licence makes it non-OSS even when the declared licence lags behind.
    public var isOSS: Bool? {
        if relicensing.contains(where: { !$0.ossAfter }) { return false }
        return license.effectiveOSS
    }
}

/// The interners of one classification pass (see `Classification.sharingStorage(with:)`).
struct SharedClassificationStorage {
    var vendors = SharedValueInterner<VendorFacts>()
    var bindings = SharedValueInterner<BindingFacts>()
    var decisionBases = SharedValueInterner<Decision.Basis>()
}
