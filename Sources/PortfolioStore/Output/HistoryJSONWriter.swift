import Foundation

/// `history --format json`: an array of runs, each with `system`, `time`, `commit`, `branch`, `shares` (per level,
/// group and `overall`: counts, share and coverage in percent, band) and `delta` from the system's previous run.
public struct HistoryJSONWriter: Sendable {
    public init() {}

    /// Pretty-printed JSON with sorted keys, ending in a newline.
    public func write(_ history: RunHistory) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(history.entries.map(RunJSON.init)) + Data("\n".utf8)
    }

    private struct RunJSON: Encodable {
        let run: Int64?
        let system: String
        let time: String
        let commit: String?
        let branch: String?
        let source: String
        let origin: String?
        let complete: Bool
        let countBy: String
        let sovscanVersion: String
        let rulesVersion: String
        let shares: [String: ShareJSON]
        let delta: RunDelta?

        init(_ entry: RunHistory.Entry) {
            let run = entry.run
            self.run = run.id
            system = run.system.name
            time = run.provenance.isoTime
            commit = run.provenance.commit
            branch = run.provenance.branch
            source = run.provenance.source
            origin = run.provenance.origin
            complete = run.complete
            countBy = run.countBy
            sovscanVersion = run.provenance.sovscanVersion
            rulesVersion = run.provenance.rulesVersion
            shares = Dictionary(uniqueKeysWithValues: run.levels.map { ($0.level, ShareJSON($0)) })
            delta = entry.delta
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(run, forKey: .run)
            try container.encode(system, forKey: .system)
            try container.encode(time, forKey: .time)
            try container.encode(commit, forKey: .commit)
            try container.encode(branch, forKey: .branch)
            try container.encode(source, forKey: .source)
            try container.encode(origin, forKey: .origin)
            try container.encode(complete, forKey: .complete)
            try container.encode(countBy, forKey: .countBy)
            try container.encode(sovscanVersion, forKey: .sovscanVersion)
            try container.encode(rulesVersion, forKey: .rulesVersion)
            try container.encode(shares, forKey: .shares)
            try container.encode(delta, forKey: .delta)
        }

        enum Key: String, CodingKey {
            case run, system, time, commit, branch, source, origin, complete, countBy, sovscanVersion, rulesVersion,
                 shares, delta
        }
    }

    private struct ShareJSON: Encodable {
        let oss: Int
        let notOSS: Int
        let unknown: Int
        let firstParty: Int
        let share: Double?
        let coverage: Double?
        let band: String?

        init(_ level: LevelRecord) {
            oss = level.oss
            notOSS = level.notOSS
            unknown = level.unknown
            firstParty = level.firstParty
            share = level.sharePercent
            coverage = level.coveragePercent
            band = level.band
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(oss, forKey: .oss)
            try container.encode(notOSS, forKey: .notOSS)
            try container.encode(unknown, forKey: .unknown)
            try container.encode(firstParty, forKey: .firstParty)
            try container.encode(share, forKey: .share)
            try container.encode(coverage, forKey: .coverage)
            try container.encode(band, forKey: .band)
        }

        enum Key: String, CodingKey { case oss, notOSS, unknown, firstParty, share, coverage, band }
    }
}
