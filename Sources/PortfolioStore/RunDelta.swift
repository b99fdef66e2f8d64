/// What changed from one run of a system to the next: shares and bands, non-OSS technologies, bindings and
/// relicensing events.
public struct RunDelta: Sendable, Hashable, Codable {
    /// A level (or group, or `overall`) whose share or band changed.
    public struct ShareChange: Sendable, Hashable, Codable {
        public var level: String
        /// The share in percent before and after; `nil` when nothing with a known licence was counted.
        public var from: Double?
        public var to: Double?
        public var fromBand: String?
        public var toBand: String?

        /// Whether the band changed (not only the share).
        public var bandChanged: Bool { fromBand != toBand }
    }

    /// A counted unit of a level, as `level: name`.
    public struct LevelUnit: Sendable, Hashable, Codable, Comparable {
        public var level: String
        public var name: String

        public static func < (lhs: LevelUnit, rhs: LevelUnit) -> Bool { (lhs.level, lhs.name) < (rhs.level, rhs.name) }
    }

    /// The run compared with (the previous run of the system).
    public var fromRun: Int64?
    public var toRun: Int64?
    /// Levels whose share or band changed, in report order.
    public var shares: [ShareChange]
    /// Technologies (or components, or platforms) that are not OSS now and were not counted as not OSS before.
    public var newNonOSS: [LevelUnit]
    /// Technologies that were not OSS before and are no longer counted as not OSS.
    public var removedNonOSS: [LevelUnit]
    /// Platforms the system is newly bound to.
    public var newBindings: [String]
    /// Platforms the system is no longer bound to.
    public var removedBindings: [String]
    /// Relicensing events that apply now and did not before.
    public var newRelicensing: [String]

    /// Compares two runs of one system.
    public init(from old: RunRecord, to new: RunRecord) {
        fromRun = old.id
        toRun = new.id
        shares = LevelRecord.orderedNames.compactMap { name in
            let before = old.level(name)
            let after = new.level(name)
            guard before?.sharePercent != after?.sharePercent || before?.band != after?.band else { return nil }
            return ShareChange(level: name, from: before?.sharePercent, to: after?.sharePercent,
                               fromBand: before?.band, toBand: after?.band)
        }
        let oldNonOSS = Set(old.units.filter { $0.verdict == "not-oss" }.map { LevelUnit(level: $0.level, name: $0.name) })
        let newNonOSSUnits = Set(new.units.filter { $0.verdict == "not-oss" }.map { LevelUnit(level: $0.level, name: $0.name) })
        newNonOSS = newNonOSSUnits.subtracting(oldNonOSS).sorted()
        removedNonOSS = oldNonOSS.subtracting(newNonOSSUnits).sorted()
        let oldPlatforms = Set(old.bindings.map(\.platform))
        let newPlatforms = Set(new.bindings.map(\.platform))
        newBindings = newPlatforms.subtracting(oldPlatforms).sorted()
        removedBindings = oldPlatforms.subtracting(newPlatforms).sorted()
        newRelicensing = new.relicensingEvents.subtracting(old.relicensingEvents).sorted()
    }

    /// Whether nothing reported changed.
    public var isEmpty: Bool {
        shares.isEmpty && newNonOSS.isEmpty && removedNonOSS.isEmpty && newBindings.isEmpty && removedBindings.isEmpty
            && newRelicensing.isEmpty
    }
}

extension RunRecord {
    /// The relicensing events that apply to a component of the run.
    public var relicensingEvents: Set<String> { Set(components.flatMap(\.relicensing)) }
}
