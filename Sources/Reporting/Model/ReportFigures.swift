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

    /// A technology at a level.
    public struct Member: Sendable, Hashable, Codable {
        public var name: String
        public var isOSS: Bool?

        public init(name: String, isOSS: Bool?) {
            self.name = name
            self.isOSS = isOSS
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

        public init(name: String, country: String?, bloc: Bloc, components: Int) {
            self.name = name
            self.country = country
            self.bloc = bloc
            self.components = components
        }
    }

    /// A binding of the system to a provider's platform.
    public struct Binding: Sendable, Hashable, Codable {
        public var platform: String
        public var vendor: String?
        public var bloc: Bloc
        public var proprietary: Bool
        /// The display names of the components that bind, sorted.
        public var components: [String]
        /// The platform the SDK suggests when the system declared this provider instead; else `nil`.
        public var declaredInsteadOf: String?

        public init(platform: String, vendor: String?, bloc: Bloc, proprietary: Bool, components: [String],
                    declaredInsteadOf: String? = nil) {
            self.platform = platform
            self.vendor = vendor
            self.bloc = bloc
            self.proprietary = proprietary
            self.components = components
            self.declaredInsteadOf = declaredInsteadOf
        }
    }

    /// A risk to the system's sovereignty: a relicensing, an unknown licence, a concentration on one vendor.
    public struct Risk: Sendable, Hashable, Codable {
        /// A short kind: `relicensing`, `unknown-licence`, `concentration`, `binding`...
        public var kind: String
        public var severity: Severity
        /// One sentence.
        public var message: String
        /// The display names of the components concerned, sorted.
        public var components: [String]

        public init(kind: String, severity: Severity, message: String, components: [String] = []) {
            self.kind = kind
            self.severity = severity
            self.message = message
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

    public var levels: [LevelBands]
    /// The OSS share over every system's technologies (a technology used by two systems counts twice); `nil` when
    /// the figures do not come from an analysis.
    public var overall: Overall?
    /// The clouds every system runs on (`nil` when the figures do not come from an analysis).
    public var hosting: [SystemHosting]?

    public init(levels: [LevelBands], overall: Overall? = nil) {
        self.levels = levels
        self.overall = overall
    }
}

/// A policy finding to show (from the `Policy` stage).
public struct ReportFinding: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// `file:line:column` of the manifest entry, when known.
    public var location: String?
    /// Whether the finding is new compared with a baseline (Markdown shows new ones first).
    public var isNew: Bool

    public init(rule: String, severity: Severity, message: String, location: String? = nil, isNew: Bool = true) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.isNew = isNew
    }
}
