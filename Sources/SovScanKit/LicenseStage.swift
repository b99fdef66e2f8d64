import Foundation
import Licenses
import SovScanModel

/// The enrich stage for licences: concludes every component's licence, on all cores. `Scanner` runs it after the
/// merge; it is public so that `sovscan-bench` can time it alone.
public enum LicenseStage {
    /// Concludes the licences of `system` in place (no second copy of its components), reading licence files
    /// under `rootPath` through `files`.
    public static func enrich(_ system: inout SystemInventory, rootPath: String, files: FileReader, with enricher: LicenseEnricher) {
        let concluded = ParallelMap.run(system.components) { component in
            var distinct = component
            distinct.licenseFiles = distinctLicenceFiles(component.licenseFiles, root: rootPath)
            var licence = enricher.conclude(distinct, root: rootPath, reader: files)
            licence.category = enricher.category(of: licence)
            switch enricher.isOSS(licence) {
            case .yes: licence.isOSS = true
            case .no: licence.isOSS = false
            case .unknown: licence.isOSS = nil
            }
            return licence
        }
        // Licences (and, where they differ, their reasons) read the same for many components: one stored copy
        // each, so equal licences share one expression tree.
        var reasons = ValueInterner<String>()
        var licences = ValueInterner<ConcludedLicense>()
        for index in system.components.indices {
            var licence = concluded[index]
            licence.reason = reasons.intern(licence.reason)
            system.components[index].concludedLicense = licences.intern(licence)
        }
    }

    /// One file per distinct (name, size): the same package found in many checkouts or `node_modules` folders
    /// carries the same licence file many times, and identifying it once is enough.
    static func distinctLicenceFiles(_ files: [String], root: String) -> [String] {
        guard files.count > 1 else { return files }
        var seen: Set<String> = []
        return files.filter { file in
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let size = (try? FileManager.default.attributesOfItem(atPath: root + "/" + file)[.size] as? NSNumber)?.intValue ?? -1
            return seen.insert("\(name)\u{0}\(size)").inserted
        }
    }
}

/// Loads the licence data of a rules folder once per process.
public enum LicenseData {
    /// The enricher for the bundled rules, or the reason it could not be loaded.
    public static func load(rulesDirectory: URL?, cache: CompiledCache? = nil) -> Result<LicenseEnricher, Diagnostic> {
        guard let rulesDirectory else {
            return .failure(Diagnostic(.error, "sovscan's bundled Rules/ folder was not found; licences are not concluded"))
        }
        do {
            return .success(try LicenseEnricher(rulesDirectory: rulesDirectory, cache: cache))
        } catch {
            return .failure(cannotLoad(rulesDirectory, error))
        }
    }

    /// `load(rulesDirectory:cache:)` with the decoding of licence data compiled when sovscan was built left until
    /// its first use (`LicenseEnricher.find(rulesDirectory:cache:)`).
    public static func find(rulesDirectory: URL?, cache: CompiledCache?) -> Result<FoundLicenseEnricher, Diagnostic> {
        guard let rulesDirectory, let cache else {
            return load(rulesDirectory: rulesDirectory, cache: cache).map { enricher in
                FoundLicenseEnricher(enricher: LoadedOnce(loaded: enricher), bundledSourceKey: nil)
            }
        }
        do {
            return .success(try LicenseEnricher.find(rulesDirectory: rulesDirectory, cache: cache))
        } catch {
            return .failure(cannotLoad(rulesDirectory, error))
        }
    }

    private static func cannotLoad(_ rulesDirectory: URL, _ error: any Error) -> Diagnostic {
        Diagnostic(.error, "the licence data in \(rulesDirectory.path)/licenses cannot be loaded (\(error)); licences are not concluded")
    }
}
