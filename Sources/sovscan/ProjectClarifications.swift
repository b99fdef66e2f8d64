import Foundation
import Licenses
import Policy
import SovScanModel

/// `scan` and `explain` apply the project's licence clarifications too, so SBOMs and explanations show the same
/// licences as `check`: `licenses.clarify` of `.sovscan.yml` at the root of the first path (with the profiles it
/// extends). A policy that cannot be read is `check`'s business: here it only costs the clarifications, with a
/// warning.
enum ProjectClarifications {
    /// The inventory with the clarifications of the policy beside `path` applied.
    static func apply(to inventory: Inventory, firstPath path: String, enricher: LicenseEnricher?) -> Inventory {
        guard let enricher else { return inventory }
        let root = CheckCommand.repositoryRoot(of: path)
        let file = root == "." ? ".sovscan.yml" : root + "/.sovscan.yml"
        guard FileManager.default.fileExists(atPath: file) else { return inventory }
        do {
            let policy = try PolicyLoader(profilesDirectory: CheckCommand.profilesDirectory).load(path: file)
            let ids = PolicyLicenseIDs(normalizer: enricher.normalizer).normalize(policy)
            guard ids.errors.isEmpty else {
                warn(ids.errors.map(\.description).joined(separator: "; "))
                return inventory
            }
            return LicenseClarifier(enricher: enricher).apply(ids.policy.licenses.clarify, to: inventory)
        } catch {
            warn("\(error)")
            return inventory
        }
    }

    private static func warn(_ problem: String) {
        FileHandle.standardError.write(Data("warning: \(problem); the policy's licence clarifications are not applied\n".utf8))
    }
}
