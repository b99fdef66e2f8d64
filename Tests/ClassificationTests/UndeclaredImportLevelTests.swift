@testable import Catalogers
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

        // The codegen files' undeclared import stays the generator's: `scripts/` does not ship, and the top-level
        // `codegen.ts` imports the generator itself, which only build files do.
        let camelcase = try #require(system.components.first { $0.purl.name == "camelcase" })
        #expect(camelcase.properties[Component.importedUndeclaredProperty] == nil)
        #expect(!camelcase.isDirect)
        #expect(try level(result, "pkg:npm/camelcase").0 == .developmentTooling)
        // `events` is Node's own module, not the shim in soap's tree that `lib/events/bus.ts` seems to import.
        let events = try #require(system.components.first { $0.purl.name == "events" && !$0.isFirstParty })
        #expect(events.properties[Component.importedUndeclaredProperty] == nil)
        #expect(!system.graph.edges.contains { $0.from == project.purl && $0.to == events.purl })
        // The nested `widget/` project imports sax for itself: not the root's undeclared import.
        let sax = try #require(system.components.first { $0.purl.name == "sax" && $0.purl.version == "1.4.1" })
        #expect(sax.properties[Component.importedUndeclaredProperty] == nil)
        #expect(!system.graph.edges.contains { $0.from == project.purl && $0.to == sax.purl })
    }

    /// What an import names is a package only when the project has no module or folder of that name: with
    /// TypeScript's `baseUrl`, `import { day } from "utils/date"` is the project's own `src/utils/date.ts`.
    @Test func pathAliasesAndBuildFilesAreNotUndeclaredImports() throws {
        var diagnostics: [Diagnostic] = []
        let sources = ProjectSources(folder: "app", specifiers: [
            "app/src/utils/date.ts": [], "app/src/route.ts": ["utils/date", "soap"], "app/codegen.ts": ["generator", "camelcase"],
        ])
        let manifest = try #require(PackageJSON.parse(Array(#"{"name": "app", "dependencies": {"generator": "1"}}"#.utf8),
                                                      file: "app/package.json", diagnostics: &diagnostics))
        let found = UndeclaredImports.find(manifest: manifest, sources: sources, buildOnly: ["generator"], isNested: { _ in false })
        #expect(found.map(\.name) == ["soap"])
        #expect(found.first?.file == "app/src/route.ts")
    }
}
