import Foundation

/// One recorded run of sovscan over one system: what the store keeps and what history and portfolio read back.
///
/// Built from a scan's analysis and classifications (`RunRecord.init(system:analysis:classified:provenance:findings:)`)
/// or read from a store. Every list is sorted, so equal runs compare equal.
public struct RunRecord: Sendable, Hashable {
    /// The store's id of the run; `nil` before it is recorded.
    public var id: Int64?
    public var system: SystemRecord
    public var provenance: RunProvenance
    /// Whether the scan read every manifest completely (no error diagnostic).
    public var complete: Bool
    /// What the shares count: `technology` or `component`.
    public var countBy: String
    /// One row per Applikation and Infrastruktur level, per group and `overall`, sorted by `LevelRecord.order`.
    public var levels: [LevelRecord]
    /// The counted units (technologies, components or platforms) of every level, sorted by level and name.
    public var units: [UnitRecord]
    /// Every component with its classification facts, sorted by purl.
    public var components: [ComponentRecord]
    /// Platforms the system is bound to, sorted by platform and rule.
    public var bindings: [BindingRecord]
    /// Policy findings of a `check`; empty for `scan` and imports.
    public var findings: [FindingRecord]
    /// The system's analysis as the JSON of the analysis document (`sovscan-analysis`), for reports over runs.
    public var analysisJSON: Data?

    public init(id: Int64? = nil, system: SystemRecord, provenance: RunProvenance, complete: Bool, countBy: String,
                levels: [LevelRecord], units: [UnitRecord], components: [ComponentRecord], bindings: [BindingRecord],
                findings: [FindingRecord], analysisJSON: Data?) {
        self.id = id
        self.system = system
        self.provenance = provenance
        self.complete = complete
        self.countBy = countBy
        self.levels = levels.sorted { ($0.order, $0.level) < ($1.order, $1.level) }
        self.units = units.sorted { ($0.level, $0.name) < ($1.level, $1.name) }
        self.components = components.sorted { $0.purl < $1.purl }
        self.bindings = bindings.sorted { ($0.platform, $0.rule) < ($1.platform, $1.rule) }
        self.findings = findings
        self.analysisJSON = analysisJSON
    }

    /// The level row with this name (`backend`, `Applikation`, `overall`), if recorded.
    public func level(_ name: String) -> LevelRecord? { levels.first { $0.level == name } }
}

/// A system as the organisation describes it (systems.yml) and as the store keys it: by name.
public struct SystemRecord: Sendable, Hashable, Codable {
    public var name: String
    /// National stack layer (free text).
    public var layer: String?
    /// `high`, `medium` or `low`.
    public var criticality: String?
    public var personalData: Bool?

    public init(name: String, layer: String? = nil, criticality: String? = nil, personalData: Bool? = nil) {
        self.name = name
        self.layer = layer
        self.criticality = criticality
        self.personalData = personalData
    }
}

/// Where and when a run was made, and by which program and rules.
public struct RunProvenance: Sendable, Hashable, Codable {
    /// When the run was made, in whole seconds (`SOURCE_DATE_EPOCH` when set).
    public var time: Date
    /// The commit checked out, when the system is a git checkout.
    public var commit: String?
    /// The branch checked out; `nil` for a detached head or outside git.
    public var branch: String?
    public var sovscanVersion: String
    /// The rules' format and fingerprint (`RulesFingerprint`).
    public var rulesVersion: String
    /// `scan`, `check` or `import`.
    public var source: String
    /// The scanned folder or the imported file, as given.
    public var origin: String?

    public init(time: Date, commit: String? = nil, branch: String? = nil, sovscanVersion: String, rulesVersion: String,
                source: String, origin: String? = nil) {
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.commit = commit
        self.branch = branch
        self.sovscanVersion = sovscanVersion
        self.rulesVersion = rulesVersion
        self.source = source
        self.origin = origin
    }

    /// The run's time in seconds since 1970.
    public var epoch: Int64 { Int64(time.timeIntervalSince1970) }

    /// The run's time as ISO 8601 in UTC (`2026-12-05T16:30:00Z`).
    public var isoTime: String { RunClock.iso(time) }
}

/// The OSS count of one level, group (`Applikation`, `Infrastruktur`) or of the whole system (`overall`).
public struct LevelRecord: Sendable, Hashable, Codable {
    public var level: String
    public var oss: Int
    public var notOSS: Int
    public var unknown: Int
    public var firstParty: Int
    /// The band the analysis gave the share (`primaert-oss`...); `nil` when nothing was counted.
    public var band: String?

    public init(level: String, oss: Int, notOSS: Int, unknown: Int, firstParty: Int, band: String?) {
        self.level = level
        self.oss = oss
        self.notOSS = notOSS
        self.unknown = unknown
        self.firstParty = firstParty
        self.band = band
    }

    /// OSS units in percent of the units with a known licence; `nil` when there are none.
    public var sharePercent: Double? {
        oss + notOSS > 0 ? Double(oss * 100) / Double(oss + notOSS) : nil
    }

    /// Units with a known licence in percent of all counted units; `nil` when nothing was counted.
    public var coveragePercent: Double? {
        let all = oss + notOSS + unknown
        return all > 0 ? Double((oss + notOSS) * 100) / Double(all) : nil
    }

    /// Levels in model order, then the groups, then `overall`.
    public var order: Int { LevelRecord.orderedNames.firstIndex(of: level) ?? LevelRecord.orderedNames.count }

    /// The row names in the order they are reported.
    public static let orderedNames = ["frontend", "backend", "database", "programming-language", "middleware",
                                      "data-technology", "ops-support", "cloud-hosting", "platform",
                                      "Applikation", "Infrastruktur", "overall"]
}

/// One counted unit of a level: a technology, a component or a bound platform, with its verdict.
public struct UnitRecord: Sendable, Hashable, Codable {
    public var level: String
    public var name: String
    /// `oss`, `not-oss` or `unknown`.
    public var verdict: String
    public var components: Int
    public var isBinding: Bool

    public init(level: String, name: String, verdict: String, components: Int, isBinding: Bool) {
        self.level = level
        self.name = name
        self.verdict = verdict
        self.components = components
        self.isBinding = isBinding
    }
}

/// One component and the facts the classifier concluded about it.
public struct ComponentRecord: Sendable, Hashable, Codable {
    public var purl: String
    public var level: String?
    public var technology: String
    public var vendor: String?
    public var vendorCountry: String?
    /// Whether the vendor is presumed (no rule names the steward, `VendorFacts.presumed`); `false` without a vendor,
    /// `nil` in runs recorded before stores kept it.
    public var vendorPresumed: Bool?
    public var bloc: String
    public var governance: String?
    public var licenseCategory: String
    /// Whether the licence is OSS; `nil` when unknown.
    public var oss: Bool?
    public var firstParty: Bool
    public var ships: Bool
    /// The platform of a binding, if the component binds the system to one or is an optional SDK for it (a component
    /// that serves development only has none).
    public var binding: String?
    /// Relicensing events that apply to the version in use, sorted.
    public var relicensing: [String]
    public var seal: Int?

    public init(purl: String, level: String?, technology: String, vendor: String?, vendorCountry: String?,
                vendorPresumed: Bool? = nil, bloc: String, governance: String?, licenseCategory: String, oss: Bool?,
                firstParty: Bool, ships: Bool, binding: String?, relicensing: [String], seal: Int?) {
        self.purl = purl
        self.level = level
        self.technology = technology
        self.vendor = vendor
        self.vendorCountry = vendorCountry
        self.vendorPresumed = vendorPresumed
        self.bloc = bloc
        self.governance = governance
        self.licenseCategory = licenseCategory
        self.oss = oss
        self.firstParty = firstParty
        self.ships = ships
        self.binding = binding
        self.relicensing = relicensing.sorted()
        self.seal = seal
    }
}

/// A platform the system is bound to through an SDK.
public struct BindingRecord: Sendable, Hashable, Codable {
    public var platform: String
    public var rule: String
    public var vendor: String?
    public var bloc: String
    public var proprietary: Bool
    public var level: String
    public var hasExitPlan: Bool
    /// How many SDK components bind.
    public var components: Int

    public init(platform: String, rule: String, vendor: String?, bloc: String, proprietary: Bool, level: String,
                hasExitPlan: Bool, components: Int) {
        self.platform = platform
        self.rule = rule
        self.vendor = vendor
        self.bloc = bloc
        self.proprietary = proprietary
        self.level = level
        self.hasExitPlan = hasExitPlan
        self.components = components
    }
}

/// A policy finding of a `check` run.
public struct FindingRecord: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: String
    /// The component, technology or file the finding concerns.
    public var subject: String
    public var message: String
    /// Whether the finding failed the check (not waived or baselined).
    public var fails: Bool

    public init(rule: String, severity: String, subject: String, message: String, fails: Bool) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.message = message
        self.fails = fails
    }
}
