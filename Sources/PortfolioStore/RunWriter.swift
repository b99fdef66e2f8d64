import Foundation

/// Writes runs through a session: the system (created or its metadata updated), the run and its rows.
enum RunWriter {
    /// Records one run; returns its id. Runs inside the caller's transaction.
    static func record(_ run: RunRecord, in session: any SQLSession) throws -> Int64 {
        let system = run.system
        let systemRows = try session.query("""
            INSERT INTO systems (name, layer, criticality, personal_data) VALUES (?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET layer = COALESCE(excluded.layer, systems.layer),
                criticality = COALESCE(excluded.criticality, systems.criticality),
                personal_data = COALESCE(excluded.personal_data, systems.personal_data)
            RETURNING id
            """, [StoreValue(system.name), StoreValue(system.layer), StoreValue(system.criticality),
                  StoreValue(system.personalData)])
        guard let systemID = systemRows.first?.first?.int64 else { throw WriteError.noID("systems") }
        let provenance = run.provenance
        let runRows = try session.query("""
            INSERT INTO runs (system_id, epoch, recorded_at, commit_id, branch, sovscan_version, rules_version, source,
                origin, complete, count_by, component_count, analysis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [.integer(systemID), .integer(provenance.epoch), StoreValue(provenance.isoTime), StoreValue(provenance.commit),
                  StoreValue(provenance.branch), StoreValue(provenance.sovscanVersion), StoreValue(provenance.rulesVersion),
                  StoreValue(provenance.source), StoreValue(provenance.origin), StoreValue(run.complete),
                  StoreValue(run.countBy), StoreValue(run.components.count),
                  StoreValue(run.analysisJSON.map { String(decoding: $0, as: UTF8.self) })])
        guard let runID = runRows.first?.first?.int64 else { throw WriteError.noID("runs") }
        let id = StoreValue.integer(runID)
        for level in run.levels {
            try session.execute("""
                INSERT INTO run_levels (run_id, level, oss, not_oss, unknown, first_party, band) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [id, StoreValue(level.level), StoreValue(level.oss), StoreValue(level.notOSS), StoreValue(level.unknown),
                      StoreValue(level.firstParty), StoreValue(level.band)])
        }
        for unit in run.units {
            try session.execute("""
                INSERT INTO run_units (run_id, level, name, verdict, components, is_binding) VALUES (?, ?, ?, ?, ?, ?)
                """, [id, StoreValue(unit.level), StoreValue(unit.name), StoreValue(unit.verdict), StoreValue(unit.components),
                      StoreValue(unit.isBinding)])
        }
        for component in run.components {
            try session.execute("""
                INSERT INTO run_components (run_id, purl, level, technology, vendor, vendor_country, vendor_presumed, bloc,
                    governance, license_category, oss, first_party, ships, binding, relicensing, seal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, StoreValue(component.purl), StoreValue(component.level), StoreValue(component.technology),
                      StoreValue(component.vendor), StoreValue(component.vendorCountry),
                      StoreValue(component.vendorPresumed), StoreValue(component.bloc),
                      StoreValue(component.governance), StoreValue(component.licenseCategory), StoreValue(component.oss),
                      StoreValue(component.firstParty), StoreValue(component.ships), StoreValue(component.binding),
                      StoreValue(component.relicensing.joined(separator: " ")), StoreValue(component.seal)])
        }
        for binding in run.bindings {
            try session.execute("""
                INSERT INTO run_bindings (run_id, platform, rule, vendor, bloc, proprietary, level, has_exit_plan, components)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, StoreValue(binding.platform), StoreValue(binding.rule), StoreValue(binding.vendor),
                      StoreValue(binding.bloc), StoreValue(binding.proprietary), StoreValue(binding.level),
                      StoreValue(binding.hasExitPlan), StoreValue(binding.components)])
        }
        for (position, finding) in run.findings.enumerated() {
            try session.execute("""
                INSERT INTO run_findings (run_id, position, rule, severity, subject, message, fails) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [id, StoreValue(position), StoreValue(finding.rule), StoreValue(finding.severity),
                      StoreValue(finding.subject), StoreValue(finding.message), StoreValue(finding.fails)])
        }
        return runID
    }

    enum WriteError: Error, CustomStringConvertible {
        case noID(String)
        var description: String {
            switch self { case .noID(let table): "the database returned no id for the new row of \(table)" }
        }
    }
}
