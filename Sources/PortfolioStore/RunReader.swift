import Foundation

/// How much of each run a query reads back.
public enum RunDetail: Sendable {
    /// Shares, units, bindings, findings and the stored analysis; of the components only those that carry a
    /// relicensing event (what history's deltas compare).
    case summary
    /// Everything, every component included.
    case full
}

/// Reads runs through a session.
enum RunReader {
    /// Runs of one system (or all systems) from a time on, sorted by system name, time and id.
    static func runs(system: String?, since: Date?, detail: RunDetail, in session: any SQLSession) throws -> [RunRecord] {
        var conditions: [String] = []
        var arguments: [StoreValue] = []
        if let system {
            conditions.append("s.name = ?")
            arguments.append(StoreValue(system))
        }
        if let since {
            conditions.append("r.epoch >= ?")
            arguments.append(.integer(Int64(since.timeIntervalSince1970.rounded(.up))))
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try session.query("\(runColumns) FROM runs r JOIN systems s ON s.id = r.system_id \(filter) ORDER BY s.name, r.epoch, r.id", arguments)
        return try complete(rows.map(run), detail: detail, in: session)
    }

    /// The latest run of every system (at or before `asOf` when given), sorted by system name.
    static func latestRuns(asOf: Date?, detail: RunDetail, in session: any SQLSession) throws -> [RunRecord] {
        let bound = asOf == nil ? "" : "AND r2.epoch <= ?"
        let arguments = asOf.map { [StoreValue.integer(Int64($0.timeIntervalSince1970.rounded(.down)))] } ?? []
        let rows = try session.query("""
            \(runColumns) FROM systems s JOIN runs r ON r.id = (SELECT r2.id FROM runs r2 WHERE r2.system_id = s.id \(bound)
                ORDER BY r2.epoch DESC, r2.id DESC LIMIT 1)
            ORDER BY s.name
            """, arguments)
        return try complete(rows.map(run), detail: detail, in: session)
    }

    /// Every system the store knows, sorted by name.
    static func systems(in session: any SQLSession) throws -> [SystemRecord] {
        try session.query("SELECT name, layer, criticality, personal_data FROM systems ORDER BY name", []).map {
            SystemRecord(name: $0[0].string ?? "", layer: $0[1].string, criticality: $0[2].string, personalData: $0[3].bool)
        }
    }

    private static let runColumns = """
        SELECT r.id, s.name, s.layer, s.criticality, s.personal_data, r.epoch, r.commit_id, r.branch, r.sovscan_version,
            r.rules_version, r.source, r.origin, r.complete, r.count_by, r.analysis
        """

    private static func run(_ row: [StoreValue]) -> RunRecord {
        let system = SystemRecord(name: row[1].string ?? "", layer: row[2].string, criticality: row[3].string,
                                  personalData: row[4].bool)
        let provenance = RunProvenance(time: Date(timeIntervalSince1970: TimeInterval(row[5].int64 ?? 0)),
                                       commit: row[6].string, branch: row[7].string, sovscanVersion: row[8].string ?? "",
                                       rulesVersion: row[9].string ?? "", source: row[10].string ?? "", origin: row[11].string)
        return RunRecord(id: row[0].int64, system: system, provenance: provenance, complete: row[12].bool ?? false,
                         countBy: row[13].string ?? "", levels: [], units: [], components: [], bindings: [], findings: [],
                         analysisJSON: row[14].string.map { Data($0.utf8) })
    }

    /// Fills in the rows of the runs' child tables.
    private static func complete(_ runs: [RunRecord], detail: RunDetail, in session: any SQLSession) throws -> [RunRecord] {
        guard !runs.isEmpty else { return [] }
        var byID: [Int64: Int] = [:]
        for (index, run) in runs.enumerated() { if let id = run.id { byID[id] = index } }
        var levels: [Int: [LevelRecord]] = [:]
        var units: [Int: [UnitRecord]] = [:]
        var components: [Int: [ComponentRecord]] = [:]
        var bindings: [Int: [BindingRecord]] = [:]
        var findings: [Int: [FindingRecord]] = [:]
        let ids = Array(byID.keys).sorted()
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = ids[start..<min(start + 500, ids.count)].map(StoreValue.integer)
            let list = "(" + Array(repeating: "?", count: chunk.count).joined(separator: ", ") + ")"
            func rows(_ sql: String, filter: String = "") throws -> [(Int, [StoreValue])] {
                try session.query(sql + " WHERE run_id IN \(list)" + filter, chunk).compactMap { row in
                    row.first?.int64.flatMap { byID[$0] }.map { ($0, Array(row.dropFirst())) }
                }
            }
            for (index, row) in try rows("SELECT run_id, level, oss, not_oss, unknown, first_party, band FROM run_levels") {
                levels[index, default: []].append(LevelRecord(level: row[0].string ?? "", oss: row[1].int ?? 0,
                    notOSS: row[2].int ?? 0, unknown: row[3].int ?? 0, firstParty: row[4].int ?? 0, band: row[5].string))
            }
            for (index, row) in try rows("SELECT run_id, level, name, verdict, components, is_binding FROM run_units") {
                units[index, default: []].append(UnitRecord(level: row[0].string ?? "", name: row[1].string ?? "",
                    verdict: row[2].string ?? "", components: row[3].int ?? 0, isBinding: row[4].bool ?? false))
            }
            for (index, row) in try rows("""
                SELECT run_id, platform, rule, vendor, bloc, proprietary, level, has_exit_plan, components FROM run_bindings
                """) {
                bindings[index, default: []].append(BindingRecord(platform: row[0].string ?? "", rule: row[1].string ?? "",
                    vendor: row[2].string, bloc: row[3].string ?? "", proprietary: row[4].bool ?? false,
                    level: row[5].string ?? "", hasExitPlan: row[6].bool ?? false, components: row[7].int ?? 0))
            }
            for (index, row) in try rows("SELECT run_id, rule, severity, subject, message, fails FROM run_findings",
                                         filter: " ORDER BY run_id, position") {
                findings[index, default: []].append(FindingRecord(rule: row[0].string ?? "", severity: row[1].string ?? "",
                    subject: row[2].string ?? "", message: row[3].string ?? "", fails: row[4].bool ?? false))
            }
            let componentSQL = """
                SELECT run_id, purl, level, technology, vendor, vendor_country, bloc, governance, license_category, oss,
                    first_party, ships, binding, relicensing, seal, vendor_presumed FROM run_components
                """
            for (index, row) in try rows(componentSQL, filter: detail == .summary ? " AND relicensing <> ''" : "") {
                components[index, default: []].append(ComponentRecord(purl: row[0].string ?? "", level: row[1].string,
                    technology: row[2].string ?? "", vendor: row[3].string, vendorCountry: row[4].string,
                    vendorPresumed: row[14].bool, bloc: row[5].string ?? "", governance: row[6].string,
                    licenseCategory: row[7].string ?? "", oss: row[8].bool, firstParty: row[9].bool ?? false,
                    ships: row[10].bool ?? false, binding: row[11].string,
                    relicensing: (row[12].string ?? "").split(separator: " ").map(String.init), seal: row[13].int))
            }
        }
        return runs.enumerated().map { index, run in
            RunRecord(id: run.id, system: run.system, provenance: run.provenance, complete: run.complete,
                      countBy: run.countBy, levels: levels[index] ?? [], units: units[index] ?? [],
                      components: components[index] ?? [], bindings: bindings[index] ?? [],
                      findings: findings[index] ?? [], analysisJSON: run.analysisJSON)
        }
    }
}
