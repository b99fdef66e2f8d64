import Fetching
import SovScanModel

/// The online stage that tells, for every third-party package whose source lives on GitHub (a Swift package by its
/// purl, a GitHub Action or Terraform module by its `pkg:github` purl, a Maven artefact by its POM's `<scm>`), whether its repository belongs to a personal account or an
/// organisation (`Component.repositoryOwnerProperty`), for the classifier's presumption of an independent maintainer
/// where no rule names a steward. Only packages whose steward rules leave open are asked about (GitHub allows 60
/// unauthenticated requests an hour), one question per distinct owner: not those a rule names a steward for, nor
/// those of an account that rules name as a company's, a foundation's or a public body's.
struct RepositoryOwnerStage {
    /// The source of the answers (cache, and GitHub's users API online).
    let accounts: GitHubAccountSource

    /// The system with `Component.repositoryOwnerProperty` set on each third-party package whose source lives on
    /// GitHub, whose steward `namesSteward` says rules leave open, and whose owner's kind is known; other components,
    /// and packages of owners nobody knows, stay as they are.
    func enrich(_ system: SystemInventory, namesSteward: (Component) -> Bool) -> SystemInventory {
        let hosts = RegistryLicenseStage.githubHosts(api: accounts.api)
        var owners: [Int: String] = [:]
        for (index, component) in system.components.enumerated() where !component.isFirstParty {
            guard let source = SourceRepositoryOwner(of: component), hosts.contains(source.host),
                  !namesSteward(component) else { continue }
            owners[index] = source.owner.lowercased()
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
