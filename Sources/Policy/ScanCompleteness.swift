import SovScanModel

/// What makes a scan incomplete for the gate (`sovscan check` exits 3 on it unless `--allow-incomplete`): data that
/// was lost or never there, so a passing verdict would claim more than the scan knows.
public enum ScanCompleteness {
    /// Every diagnostic of the scan, with the locations of each system's diagnostics seen from where sovscan runs
    /// (`broken/package.json:1:48`, not `package.json:1:48`), sorted.
    public static func diagnostics(_ inventory: Inventory) -> [Diagnostic] {
        var result = inventory.diagnostics
        for system in inventory.systems {
            result += system.diagnostics.map { diagnostic in
                var placed = diagnostic
                placed.location = diagnostic.location.map { PolicyJudge.underRoot($0, system.root) }
                return placed
            }
        }
        return Diagnostic.sortedUnique(result)
    }

    /// The reasons the scan is incomplete, as diagnostics with file and line where known: every error (a missing
    /// path, an unreadable manifest, a Maven parent or BOM that could not be read); a system in which no manifest
    /// was found; every third-party component (other than a service) whose version could not be resolved; with
    /// `strict`, every warning.
    public static func gaps(_ inventory: Inventory, strict: Bool) -> [Diagnostic] {
        var result = diagnostics(inventory).filter { $0.severity == .error || (strict && $0.severity == .warning) }
        for system in inventory.systems {
            if system.manifests.isEmpty {
                result.append(Diagnostic(.error, "no manifest found: nothing was scanned in this system (\(system.name))",
                                         at: SourceLocation(file: system.root), detail: DiagnosticDetail(.noManifest, [system.name])))
            }
            // A service (a cloud's resource type, a registry, a hosted runner) has no version to resolve.
            for component in system.components where !component.isFirstParty && (component.version ?? "").isEmpty
                && component.properties[Component.serviceProperty] == nil {
                let location = component.locations.first.map { PolicyJudge.underRoot($0, system.root) }
                result.append(Diagnostic(.error, "the version of \(component.purl) could not be resolved: its licence and "
                                         + "dependencies are not known", at: location,
                                         detail: DiagnosticDetail(.unresolvedVersion, [component.purl.description])))
            }
        }
        return Diagnostic.sortedUnique(result)
    }
}
