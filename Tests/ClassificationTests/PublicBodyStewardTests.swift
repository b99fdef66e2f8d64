import Testing
@testable import Classification
import SovScanModel

/// The stewards of public bodies' and research institutions' own libraries, by the npm scope, Maven groupId,
/// code-host account or image namespace they publish under (issue 15: blind samples keep missing them). Each purl is
/// of a kind the public systems of the labelled sets use; without the rules the scoped ones have no vendor and the
/// unscoped npm package, the `com.github` groupId and the Swift package are presumed independent maintainers'.
@Suite struct PublicBodyStewardTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func classified(_ purls: [String: Ecosystem]) throws -> [String: (vendor: String, bloc: String)] {
        let system = SystemInventory(name: "s", root: "/s", components: try purls.map { text, ecosystem in
            let purl = try PackageURL(parsing: text)
            return Component(purl: purl, ecosystem: ecosystem, group: purl.namespace, name: purl.name, version: purl.version,
                             isDirect: true)
        })
        let result = classifier.classify(system) { _ in nil }
        var found: [String: (vendor: String, bloc: String)] = [:]
        for text in purls.keys {
            let classification = result.classification(of: try PackageURL(parsing: text))
            found[text] = (classification?.vendor?.id ?? "unknown",
                           classification?.vendor?.bloc.rawValue ?? "unknown")
        }
        return found
    }

    @Test func publicBodiesPackagesAreTheirsWithTheirSeatsBloc() throws {
        let expected: [String: (Ecosystem, String, String)] = [
            "pkg:npm/%40hmcts/nodejs-logging@6.0.1": (.npm, "hmcts", "UK"),
            "pkg:maven/com.github.hmcts/service-auth-provider-java-client@5.3.0": (.maven, "hmcts", "UK"),
            "pkg:npm/%40defra/hapi-tracing@1.0.0": (.npm, "defra", "UK"),
            "pkg:npm/nhsuk-frontend@9.1.0": (.npm, "nhs-england", "UK"),
            "pkg:npm/hds-react@4.3.1": (.npm, "city-of-helsinki", "EU"),
            "pkg:npm/%40digdir/designsystemet-react@1.0.0": (.npm, "digdir", "EU"),
            "pkg:maven/fr.insee.lunatic/lunatic-model@3.4.0": (.maven, "insee", "EU"),
            "pkg:npm/%40gouvfr/dsfr@1.12.1": (.npm, "sig", "EU"),
            "pkg:npm/%40public-ui/components@2.1.0": (.npm, "itzbund", "EU"),
            "pkg:maven/de.gematik.pki.gemlibpki/gemLibPki@2.0.0": (.maven, "gematik", "EU"),
            "pkg:swift/github.com/admin-ch-ssi/SSI_bbs-cryptosuite-swift@1.0.0": (.swift, "foitt", "CH"),
            "pkg:maven/org.netarchivesuite/heritrix3-wrapper@1.0.5": (.maven, "royal-danish-library", "EU"),
            "pkg:docker/ghcr.io/navikt/fp-baseimages/java@21": (.container, "nav", "EU"),
        ]
        let found = try classified(expected.mapValues { $0.0 })
        for (purl, (_, vendor, bloc)) in expected {
            #expect(found[purl]?.vendor == vendor, "\(purl)")
            #expect(found[purl]?.bloc == bloc, "\(purl)")
        }
    }
}
