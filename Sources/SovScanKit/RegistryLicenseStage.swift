import Catalogers
import Fetching
import Foundation
import Licenses
import SovScanModel

/// The online part of the enrich stage: components whose files say nothing about their licence are looked up in
/// the cache, and (with `--online`) in the registries: npm version documents for npm packages, GitHub's licence
/// API for Swift packages hosted there. What is found becomes a declared licence of source `registry`, located at
/// the URL that said it. Maven needs nothing here: remote POMs reach the resolver through `RemoteMavenRepository`.
struct RegistryLicenseStage {
    let npm: NPMRegistrySource
    let github: GitHubLicenseSource
    let identifier: LicenseTextIdentifier?

    /// How far a default branch's licence vouches for a pinned revision that had no answer of its own.
    static let defaultBranchConfidence = 0.8
    /// How far GitHub's own identification vouches where sovscan's text identifier did not recognise the text.
    static let githubIdentificationConfidence = 0.85

    func enrich(_ system: SystemInventory) -> SystemInventory {
        var enriched = system
        let npmIndices = system.components.indices.filter { Self.needsNPMLookup(system.components[$0]) }
        let packages = npmIndices.map { index in
            NPMRegistrySource.Package(name: system.components[index].displayName,
                                      version: system.components[index].version ?? "")
        }
        for (index, document) in zip(npmIndices, npm.documents(packages)) {
            guard let document else { continue }
            enriched.components[index].declaredLicenses = NPMRegistryDocument.licenses(document.bytes, url: document.url)
        }
        let hosts = Self.githubHosts(api: github.api)
        let lookups = system.components.indices.compactMap { index -> (Int, GitHubRepository)? in
            guard Self.needsGitHubLookup(system.components[index], hosts: hosts),
                  let repository = Self.repository(of: system.components[index]) else { return nil }
            return (index, repository)
        }
        for ((index, _), answer) in zip(lookups, github.licences(lookups.map(\.1))) {
            guard let answer, let declared = declaredLicense(answer) else { continue }
            enriched.components[index].declaredLicenses = [declared]
        }
        return enriched
    }

    /// npm packages of other people with a version and no licence in the lockfile or an installed copy.
    static func needsNPMLookup(_ component: Component) -> Bool {
        component.ecosystem == .npm && !component.isFirstParty && component.version?.isEmpty == false
            && component.declaredLicenses.isEmpty && component.licenseFiles.isEmpty
            && component.purl.type == "npm"
    }

    /// Swift packages on the API's hosts without a checkout to read the licence from.
    static func needsGitHubLookup(_ component: Component, hosts: Set<String>) -> Bool {
        guard component.ecosystem == .swift, !component.isFirstParty, component.licenseFiles.isEmpty,
              component.declaredLicenses.isEmpty, let namespace = component.purl.namespace else { return false }
        let parts = namespace.split(separator: "/")
        return parts.count == 2 && hosts.contains(parts[0].lowercased())
    }

    /// The GitHub repository and ref of a Swift package: the pinned revision, else its version (a tag).
    static func repository(of component: Component) -> GitHubRepository? {
        guard let namespace = component.purl.namespace, let owner = namespace.split(separator: "/").last else { return nil }
        let ref = component.properties["revision"] ?? component.version
        return GitHubRepository(owner: String(owner), name: component.purl.name, ref: ref)
    }

    /// The web hosts whose repositories the API serves: `github.com` (the public API, or a proxy or mirror of it
    /// given as `--github-api`) and the API's own host (GitHub Enterprise serves `https://HOST/api/v3`).
    static func githubHosts(api: String) -> Set<String> {
        // The public API's host is known; reading a URL's host loads ICU's IDNA data (issue 17: start-up).
        if api == GitHubLicenseSource.publicAPI { return ["github.com", "api.github.com"] }
        let host = URLComponents(string: api)?.host?.lowercased() ?? ""
        return ["github.com", host]
    }

    /// The licence of an answer: its text as sovscan's identifier reads it, else GitHub's own identification.
    private func declaredLicense(_ answer: GitHubLicenseSource.Answer) -> DeclaredLicense? {
        var confidence = answer.isDefaultBranch ? Self.defaultBranchConfidence : 1
        let location = SourceLocation(file: answer.url + (answer.path.map { " (\($0))" } ?? "")
                                      + (answer.isDefaultBranch ? " [default branch]" : ""))
        if let identified = identifier?.identify(Array(answer.text.utf8)), let expression = identified.expression {
            return DeclaredLicense(text: expression.spdx, source: .registry, location: location,
                                   confidence: confidence * identified.confidence)
        }
        guard let id = answer.spdxID, !id.isEmpty, id != "NOASSERTION" else { return nil }
        confidence *= Self.githubIdentificationConfidence
        return DeclaredLicense(text: id, source: .registry, location: location, confidence: confidence)
    }
}
