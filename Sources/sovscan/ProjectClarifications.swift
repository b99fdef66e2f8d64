import Classification
import Foundation
import Licenses
import Policy
import SovScanModel

/// `scan` and `explain` apply the project's licence clarifications and platform declarations too, so SBOMs,
/// reports and explanations show the same licences and providers as `check`: `licenses.clarify` and `platforms`
/// of `.sovscan.yml` at the root of the first path (with the profiles it extends). A policy that cannot be read is
/// `check`'s business: here it only costs the clarifications and declarations, with a warning.
enum ProjectClarifications {
    /// The inventory with the clarifications of the policy beside `path` applied (`enricher` is asked for only when
    /// there is a policy: the licence data is decoded at its first use).
    static func apply(to inventory: Inventory, firstPath path: String,
                      enricher: @autoclosure () -> LicenseEnricher?) -> Inventory {
        guard let file = policyFile(beside: path), let enricher = enricher(),
              let policy = policy(at: file, losing: "licence clarifications") else { return inventory }
        let ids = PolicyLicenseIDs(normalizer: enricher.normalizer).normalize(policy)
        guard ids.errors.isEmpty else {
            warn(ids.errors.map(\.description).joined(separator: "; "), losing: "licence clarifications")
            return inventory
        }
        return LicenseClarifier(enricher: enricher).apply(ids.policy.licenses.clarify, to: inventory)
    }

    /// The platform declarations of the policy beside `path`; those that name a binding or vendor the rules do not
    /// know are left out with a warning (`check` refuses them). `rules` are asked for only when there is a policy.
    static func platforms(firstPath path: String, rules: @autoclosure () -> RuleSet) -> [PlatformDeclaration] {
        guard let file = policyFile(beside: path), let policy = policy(at: file, losing: "platform declarations") else {
            return []
        }
        let rules = rules()
        let problems = PolicyReferences(vendors: Array(rules.vendors.values), bindings: rules.bindings)
            .problems(Policy(platforms: policy.platforms))
        for problem in problems { warn("\(problem)", losing: "declaration") }
        return policy.platforms.enumerated().filter { index, _ in
            !problems.contains { $0.key.hasPrefix("platforms[\(index)]") }
        }.map(\.element)
    }

    /// The `.sovscan.yml` at the root of the repository of `path`, when there is one.
    private static func policyFile(beside path: String) -> String? {
        let root = CheckCommand.repositoryRoot(of: path)
        let file = root == "." ? ".sovscan.yml" : root + "/.sovscan.yml"
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }

    private static func policy(at file: String, losing what: String) -> Policy? {
        do {
            return try PolicyLoader(profilesDirectory: CheckCommand.profilesDirectory).load(path: file)
        } catch {
            warn("\(error)", losing: what)
            return nil
        }
    }

    private static func warn(_ problem: String, losing what: String) {
        FileHandle.standardError.write(Data("warning: \(TerminalText.sanitise(problem)); the policy's \(what) are not applied\n".utf8))
    }
}
