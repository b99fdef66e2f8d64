import Analysis
import Classification

/// STIL's three bands of open-source share, named as STIL writes them (in every language).
public enum StilBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case primarilyOSS = "Primært OSS >75%"
    case predominantlyOSS = "Overvejende OSS 50-75%"
    case limitedOSS = "Begrænset OSS <50%"

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: StilBand, rhs: StilBand) -> Bool { lhs.rank < rhs.rank }
}

/// The figures the reports show for one system. The `Analysis` stage computes them; the reports only lay
/// them out (they compute nothing themselves).
public struct SystemFigures: Sendable, Hashable, Codable {
    /// One STIL level of the system.
    public struct Level: Sendable, Hashable, Codable {
        public var level: StackLevel
        /// Technologies at this level (STIL's unit).
        public var technologies: Int
        /// Of which open source.
        public var ossTechnologies: Int
        /// Of which the licence is unknown (outside the share).
        public var unknownTechnologies: Int
        /// The OSS share 0...1 of the technologies with a known licence; `nil` when there is none.
        public var share: Double?
        public var band: StilBand?
        /// The coverage of the share, the share counting unknowns as not OSS, and whether a band was withheld.
        public var coverage: ShareCoverage
        /// The technologies by name with whether each is OSS, sorted by name.
        public var members: [Member]

        public init(level: StackLevel, technologies: Int, ossTechnologies: Int, unknownTechnologies: Int = 0, share: Double?,
                    band: StilBand?, coverage: ShareCoverage, members: [Member] = []) {
            self.level = level
            self.technologies = technologies
            self.ossTechnologies = ossTechnologies
            self.unknownTechnologies = unknownTechnologies
            self.share = share
            self.band = band
            self.coverage = coverage
            self.members = members
        }
    }

    /// A technology (or, counting components, a component) at a level, with what decided its verdict.
    public struct Member: Sendable, Hashable, Codable {
        public var name: String
        public var isOSS: Bool?
        /// The licences of its components, sorted, without repeats.
        public var licences: [String]
        /// The vendors of its components by name, sorted, without repeats.
        public var vendors: [String]
        /// Whether it is the platform of a binding rather than packages.
        public var isBinding: Bool

        public init(name: String, isOSS: Bool?, licences: [String] = [], vendors: [String] = [], isBinding: Bool = false) {
            self.name = name
            self.isOSS = isOSS
            self.licences = licences
            self.vendors = vendors
            self.isBinding = isBinding
        }
    }

    /// The share and band of one of STIL's groups (Applikation, Infrastruktur).
    public struct Group: Sendable, Hashable, Codable {
        public var group: StilGroup
        public var share: Double?
        public var band: StilBand?
        public var coverage: ShareCoverage

        public init(group: StilGroup, share: Double?, band: StilBand?, coverage: ShareCoverage) {
            self.group = group
            self.share = share
            self.band = band
            self.coverage = coverage
        }
    }

    /// A vendor's weight in the system.
    public struct VendorShare: Sendable, Hashable, Codable {
        public var name: String
        public var country: String?
        public var bloc: Bloc
        public var components: Int
        /// How many of `components` have this vendor by presumption: no rule names their steward.
        public var presumed: Int

        public init(name: String, country: String?, bloc: Bloc, components: Int, presumed: Int = 0) {
            self.name = name
            self.country = country
            self.bloc = bloc
            self.components = components
            self.presumed = presumed
        }
    }

    /// A binding of the system to a provider's platform.
    public struct Binding: Sendable, Hashable, Codable {
        public var platform: String
        /// The vendor's name (not its rule id).
        public var vendor: String?
        public var bloc: Bloc
        public var proprietary: Bool
        /// The kind of service bound to.
        public var kind: BindingKind
        /// Whether the policy or options name an exit plan for the platform.
        public var hasExitPlan: Bool
        /// The display names of the components that bind, sorted.
        public var components: [String]
        /// The platform the SDK suggests when the system declared this provider instead; else `nil`.
        public var declaredInsteadOf: String?
        /// For an optional binding (shipped beside open alternatives for the same role, not counted as lock-in):
        /// the alternatives; `nil` for a binding.
        public var optionalBeside: [String]?

        public init(platform: String, vendor: String?, bloc: Bloc, proprietary: Bool, kind: BindingKind = .cloud,
                    hasExitPlan: Bool = false, components: [String], declaredInsteadOf: String? = nil,
                    optionalBeside: [String]? = nil) {
            self.platform = platform
            self.vendor = vendor
            self.bloc = bloc
            self.proprietary = proprietary
            self.kind = kind
            self.hasExitPlan = hasExitPlan
            self.components = components
            self.declaredInsteadOf = declaredInsteadOf
            self.optionalBeside = optionalBeside
        }
    }

    /// What a risk is about, in facts the reports put into words in each language.
    public enum RiskDetail: Sendable, Hashable, Codable {
        case proprietaryLicence
        case sourceAvailableLicence
        case relicensed(project: String, from: String, to: String, versions: String, date: String)
        case nonEUCompany(vendor: String, country: String)
        case bindingWithoutExitPlan(platform: String, kind: BindingKind, bloc: Bloc)
        case unknownLicence
        /// A risk this version of the reports has no words for: its message as the analysis wrote it.
        case other(String)
    }

    /// What the shares left out, in components.
    public struct Excluded: Sendable, Hashable, Codable {
        /// Test and development dependencies (they do not ship).
        public var notShipping: Int
        /// Build and test tooling that ships but sits outside STIL's levels.
        public var developmentTooling: Int
        /// Third-party components the rules gave no level.
        public var withoutLevel: Int
        /// Components without a resolved version.
        public var unresolvedVersions: Int

        public init(notShipping: Int = 0, developmentTooling: Int = 0, withoutLevel: Int = 0, unresolvedVersions: Int = 0) {
            self.notShipping = notShipping
            self.developmentTooling = developmentTooling
            self.withoutLevel = withoutLevel
            self.unresolvedVersions = unresolvedVersions
        }
    }

    /// A risk to the system's sovereignty: a relicensing, an unknown licence, a concentration on one vendor.
    public struct Risk: Sendable, Hashable, Codable {
        /// A short kind: `relicensed`, `unknown-license`, `non-eu-single-company`...
        public var kind: String
        public var severity: Severity
        /// One sentence, in English, as the analysis wrote it (the reports word `detail` in their language).
        public var message: String
        /// The technology or platform concerned.
        public var subject: String
        /// The facts of the risk.
        public var detail: RiskDetail
        /// The display names of the components concerned, sorted.
        public var components: [String]

        public init(kind: String, severity: Severity, message: String, subject: String = "", detail: RiskDetail? = nil,
                    components: [String] = []) {
            self.kind = kind
            self.severity = severity
            self.message = message
            self.subject = subject
            self.detail = detail ?? .other(message)
            self.components = components
        }
    }

    public var system: String
    /// The OSS share over all shipping technologies outside development tooling.
    public var ossShare: Double?
    public var band: StilBand?
    /// The coverage of the overall share.
    public var coverage: ShareCoverage
    public var groups: [Group]
    /// The nine levels in model order (development tooling left out).
    public var levels: [Level]
    /// The system's SEAL level, and how many components have each level (index 0...4).
    public var seal: Int?
    public var sealDistribution: [Int]
    /// Third-party components without a SEAL level (licence unknown).
    public var sealUnrated: Int = 0
    /// The lowest SEAL level of a shipping third-party component: the system's level under a SEAL minimum policy.
    public var sealMinimum: Int?
    /// The components at `sealMinimum`, by display name, sorted.
    public var sealMinimumComponents: [String] = []
    /// What the shares left out.
    public var excluded = Excluded()
    /// The system's third-party components, in every scope (a portfolio's index lists them without holding them).
    public var thirdPartyComponents = 0
    /// Components per bloc, largest first.
    public var blocs: [BlocCount]
    /// The largest vendors, largest first.
    public var vendors: [VendorShare]
    public var bindings: [Binding]
    public var risks: [Risk]

    public init(system: String, ossShare: Double?, band: StilBand?, coverage: ShareCoverage, groups: [Group], levels: [Level],
                seal: Int?, sealDistribution: [Int], blocs: [BlocCount], vendors: [VendorShare], bindings: [Binding], risks: [Risk]) {
        self.system = system
        self.ossShare = ossShare
        self.band = band
        self.coverage = coverage
        self.groups = groups
        self.levels = levels
        self.seal = seal
        self.sealDistribution = sealDistribution
        self.blocs = blocs
        self.vendors = vendors
        self.bindings = bindings
        self.risks = risks
    }
}

/// How many components come from one bloc.
public struct BlocCount: Sendable, Hashable, Codable {
    public var bloc: Bloc
    public var components: Int

    public init(bloc: Bloc, components: Int) {
        self.bloc = bloc
        self.components = components
    }
}

/// How serious a risk or finding is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error, warning, note

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The figures of a portfolio: every system's, and per level how many systems fall in each band.
public struct PortfolioFigures: Sendable, Hashable, Codable {
    /// Per level, the number of systems in each band (levels in model order).
    public struct LevelBands: Sendable, Hashable, Codable {
        public var level: StackLevel
        public var systems: [StilBand: Int]
        /// Systems with technologies at this level but too little known about them for a band.
        public var insufficientData: Int

        public init(level: StackLevel, systems: [StilBand: Int], insufficientData: Int = 0) {
            self.level = level
            self.systems = systems
            self.insufficientData = insufficientData
        }
    }

    /// The portfolio's OSS share with its band and coverage.
    public struct Overall: Sendable, Hashable, Codable {
        public var share: Double?
        public var band: StilBand?
        public var coverage: ShareCoverage

        public init(share: Double?, band: StilBand?, coverage: ShareCoverage) {
            self.share = share
            self.band = band
            self.coverage = coverage
        }
    }

    /// A system bound to proprietary platforms of providers outside the EU.
    public struct NonEUBinding: Sendable, Hashable, Codable {
        public var system: String
        public var platforms: [String]
        /// How many of its components bind.
        public var components: Int

        public init(system: String, platforms: [String], components: Int) {
            self.system = system
            self.platforms = platforms
            self.components = components
        }
    }

    public var levels: [LevelBands]
    /// The OSS share over every system's technologies (a technology used by two systems counts twice); `nil` when
    /// the figures do not come from an analysis.
    public var overall: Overall?
    /// The clouds every system runs on (`nil` when the figures do not come from an analysis).
    public var hosting: [SystemHosting]?
    /// The systems bound outside the EU, by system name.
    public var nonEUBindings: [NonEUBinding]

    public init(levels: [LevelBands], overall: Overall? = nil, nonEUBindings: [NonEUBinding] = []) {
        self.levels = levels
        self.overall = overall
        self.nonEUBindings = nonEUBindings
    }
}

/// A policy finding to show (from the `Policy` stage).
public struct ReportFinding: Sendable, Hashable, Codable {
    /// Whether a finding counts against the check.
    public enum Status: Sendable, Hashable, Codable {
        /// Judged now: an error fails the check.
        case active
        /// Waived by an exception of the policy (its pattern and reason).
        case waived(String)
        /// Already in the baseline.
        case baselined
    }

    public var rule: String
    public var severity: Severity
    /// The policy's sentence, in English (the reports word the rule in their language from `rule`).
    public var message: String
    /// `file:line:column` of the manifest entry, when known.
    public var location: String?
    /// The component concerned, as people name it (`spring-core@6.1.14`); `nil` for system and policy findings.
    public var component: String?
    /// What the rule looked at (`GPL-3.0-only`, `US`, `application`).
    public var subject: String
    public var status: Status

    /// Whether the finding is new compared with a baseline and not waived (Markdown lists only these).
    public var isNew: Bool { status == .active }

    public init(rule: String, severity: Severity, message: String, location: String? = nil, component: String? = nil,
                subject: String = "", status: Status = .active) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.component = component
        self.subject = subject
        self.status = status
    }
}
