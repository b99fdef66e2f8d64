import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: a Maven artefact that no rule names a vendor for takes the bloc its groupId's country domain shows
/// (docs/methodology.md section 3); generic-use domains and other ecosystems stay unknown.
@Suite struct GroupDomainSeatTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func blocs(_ purls: [String]) throws -> [String: (Bloc, [Decision])] {
        let system = SystemInventory(name: "s", root: "/s",
                                     components: try purls.map { try component($0, scope: .compile, direct: true) })
        let result = classifier.classify(system) { _ in nil }
        var found: [String: (Bloc, [Decision])] = [:]
        for purl in purls {
            let classification = try #require(result.classification(of: try PackageURL(parsing: purl)))
            found[purl] = (classification.bloc, classification.explanation.filter { $0.fact == "bloc" })
        }
        return found
    }

    @Test func aCountryDomainGivesTheBlocOfThatCountry() throws {
        let expected: [(String, Bloc)] = [
            ("pkg:maven/dk.example.kommune/sagsbehandling@1.0.0", .eu),
            ("pkg:maven/no.example.etat/felles@2.1.0", .eu),
            ("pkg:maven/uk.example.gov/forms@1.0.0", .uk),
            ("pkg:maven/ch.example.bund/lib@1.0.0", .ch),
            ("pkg:maven/eu.example.agency/lib@1.0.0", .eu),
            ("pkg:maven/ca.example.gc/lib@1.0.0", .other),
            // Only United States government bodies register .gov and .mil (CMS's AB2D libraries).
            ("pkg:maven/gov.example.agency/fhir@2.5.9", .us),
            ("pkg:maven/mil.example.command/lib@1.0.0", .us),
        ]
        let found = try blocs(expected.map(\.0))
        for (purl, bloc) in expected {
            let (actual, decisions) = try #require(found[purl])
            #expect(actual == bloc, "\(purl)")
            #expect(decisions.count == 1, "\(purl): the explanation says why")
            #expect(decisions.first?.reason.contains("no rule names a vendor") == true)
        }
        #expect(found["pkg:maven/uk.example.gov/forms@1.0.0"]?.1.first?.reason.contains(".uk (GB)") == true)
    }

    @Test func genericDomainsOtherEcosystemsAndNamedVendorsAreLeftAlone() throws {
        let purls = ["pkg:maven/io.example/lib@1.0.0", "pkg:maven/nu.example/lib@1.0.0", "pkg:maven/co.example/lib@1.0.0",
                     "pkg:maven/dk/lib@1.0.0", "pkg:maven/li.example/lib@1.0.0", "pkg:npm/dk@1.0.0", "pkg:maven/com.example/lib@1.0.0"]
        let found = try blocs(purls)
        for purl in purls {
            #expect(found[purl]?.0 == .unknown, "\(purl)")
            #expect(found[purl]?.1.isEmpty == true, "\(purl)")
        }
        // The system's own modules are not judged by their domain.
        let own = SystemInventory(name: "s", root: "/s",
                                  components: [try component("pkg:maven/dk.example.kommune/app@1.0.0", firstParty: true)])
        let ownResult = classifier.classify(own) { _ in nil }
        let app = try #require(ownResult.classification(of: try PackageURL(parsing: "pkg:maven/dk.example.kommune/app@1.0.0")))
        #expect(app.bloc == .unknown)
        #expect(!app.explanation.contains { $0.fact == "bloc" })
        // A vendor that a rule names decides the bloc: Logback's QOS.ch is Swiss, whatever its domain says.
        let logback = try blocs(["pkg:maven/ch.qos.logback/logback-classic@1.5.18"])["pkg:maven/ch.qos.logback/logback-classic@1.5.18"]
        #expect(logback?.0 == .ch)
        #expect(logback?.1.isEmpty == true)
    }
}
