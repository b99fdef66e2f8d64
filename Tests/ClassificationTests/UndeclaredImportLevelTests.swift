import SovScanModel
import Testing
@testable import Classification

/// A package that a project's shipping code imports without declaring it (a hoisting package manager installed it
/// for a dependency) runs where the project runs, however the lockfile reaches it (issue 15, fourteenth sample: Det
/// Digitale Bibliotek's dpl-go imports `soap` in the SOAP clients that `@reloaddk/wsdl-tsclient` generated, and only
/// the generator, run by a codegen script, declares it; the labels put soap's tree on the server).
@Suite struct UndeclaredImportLevelTests: ScansFixtures {
    /// Modelled on dpl-go: a Next.js app whose route handler calls a generated SOAP client (`lib/soap/generated`),
    /// the generator declared in `dependencies` and run by `codegen:loans` only, and yarn 1's flat lockfile.
    @Test func generatedClientsImportTheirRuntimeFromTheGeneratorsTree() throws {
        let (system, result) = try scan("npm-levels/generated-soap-clients")
        let soap = try #require(system.components.first { $0.purl.name == "soap" })
        #expect(soap.isDirect)
        #expect(soap.properties[Component.importedUndeclaredProperty]
                    == "imported by lib/soap/generated/loans/client.ts of library-loans-frontend, which does not declare it")
        let project = try #require(system.components.first { $0.isFirstParty })
        #expect(system.graph.edges.contains { $0.from == project.purl && $0.to == soap.purl && $0.scope == .runtime })

        let (soapLevel, why) = try level(result, "pkg:npm/soap")
        #expect(soapLevel == .backend, "\(why)")
        // Its own tree follows it onto the server, not the generator's build-time reach.
        #expect(try level(result, "pkg:npm/axios").0 == .backend)
        #expect(try level(result, "pkg:npm/form-data").0 == .backend)
        #expect(try level(result, "pkg:npm/%40reloaddk/wsdl-tsclient").0 == .developmentTooling)

        // The codegen script's undeclared import stays the generator's: scripts do not ship.
        let camelcase = try #require(system.components.first { $0.purl.name == "camelcase" })
        #expect(camelcase.properties[Component.importedUndeclaredProperty] == nil)
        #expect(!camelcase.isDirect)
        #expect(try level(result, "pkg:npm/camelcase").0 == .developmentTooling)
        // `events` is Node's own module, not the browser shim that Next.js brings.
        let events = try #require(system.components.first { $0.purl.name == "events" })
        #expect(events.properties[Component.importedUndeclaredProperty] == nil)
        #expect(!system.graph.edges.contains { $0.from == project.purl && $0.to == events.purl })
    }
}
