import Fetching
import SovScanModel

/// The online stage that tells, for every third-party Swift package hosted on GitHub, whether its repository
/// belongs to a personal account or an organisation (`Component.repositoryOwnerProperty`), for the classifier's
/// presumption of an independent maintainer where no rule names a steward. One question per distinct owner.
struct RepositoryOwnerStage {
    /// The source of the answers (cache, and GitHub's users API online).
    let accounts: GitHubAccountSource

    /// The system with `Component.repositoryOwnerProperty` set on each GitHub-hosted third-party Swift package whose
    /// owner's kind is known; other components, and packages of owners nobody knows, stay as they are.
    func enrich(_ system: SystemInventory) -> SystemInventory {
        let hosts = RegistryLicenseStage.githubHosts(api: accounts.api)
        var owners: [Int: String] = [:]
        for (index, component) in system.components.enumerated() {
            guard component.ecosystem == .swift, !component.isFirstParty, let namespace = component.purl.namespace
            else { continue }
            let parts = namespace.split(separator: "/")
            guard parts.count == 2, hosts.contains(parts[0].lowercased()) else { continue }
            owners[index] = parts[1].lowercased()
        }
        let logins = Set(owners.values).sorted()
        let kinds = Dictionary(uniqueKeysWithValues: zip(logins, accounts.kinds(of: logins)))
        var enriched = system
        for (index, login) in owners {
            guard let kind = kinds[login] ?? nil else { continue }
            enriched.components[index].properties[Component.repositoryOwnerProperty] = kind.rawValue
        }
        return enriched
    }
}
