import Catalogers
import Classification
import Foundation
import SovScanKit
import SovScanModel
import Testing

/// Licences known by rule, through the whole pipeline with the bundled rules: artefacts that carry no licence a
/// scan can read (a GitHub action, an official container image, Oracle's JDBC driver without its POM) take the
/// licence their technology rule states, and the explanation names the rule and its source.
struct RuleLicenceTests {
    @Test func bundledRuleLicencesStandInForUnknownLicences() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-rule-licence-\(UUID().uuidString)")
        let workflows = folder.appendingPathComponent(".github/workflows")
        try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            name: ci
            on: [push]
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-node@v4
                  - uses: example-org/deploy-action@v1
            """.utf8).write(to: workflows.appendingPathComponent("ci.yml"))
        try Data("FROM postgres:16.3-alpine\n".utf8).write(to: folder.appendingPathComponent("Dockerfile"))
        try Data("""
            <project><modelVersion>4.0.0</modelVersion><groupId>dk.example</groupId><artifactId>app</artifactId><version>1</version>
            <dependencies><dependency><groupId>com.oracle.database.jdbc</groupId><artifactId>ojdbc11</artifactId>
            <version>23.4.0.24.05</version></dependency></dependencies></project>
            """.utf8).write(to: folder.appendingPathComponent("pom.xml"))
        let empty = folder.appendingPathComponent("m2").path
        let result = Scanner(options: ScanOptions(catalog: CatalogOptions(mavenRepository: empty))).run(paths: [folder.path])
        let classifications = result.classified.flatMap(\.classifications)
        func classification(_ prefix: String) throws -> Classification {
            try #require(classifications.first { $0.purl.description.hasPrefix(prefix) },
                         "\(classifications.map(\.purl.description))")
        }
        func licenceDecision(_ item: Classification) throws -> Decision {
            try #require(item.explanation.first { $0.fact == "license" })
        }

        let checkout = try classification("pkg:github/actions/checkout@")
        #expect(checkout.license.category == .permissive)
        #expect(checkout.isOSS == true)
        #expect(try licenceDecision(checkout).rule == "github-actions-checkout")
        #expect(try licenceDecision(checkout).reason.contains("known by rule"))
        #expect(try licenceDecision(checkout).reason.contains("https://github.com/actions/checkout/blob/main/LICENSE"))

        let setupNode = try classification("pkg:github/actions/setup-node@")
        #expect(setupNode.license.category == .permissive, "actions/setup-node's repository states MIT")
        #expect(try licenceDecision(setupNode).rule == "github-actions-setup")
        let deploy = try classification("pkg:github/example-org/deploy-action@")
        #expect(deploy.license == .unknown, "no rule states the licence of an action nobody has checked")

        let postgres = try classification("pkg:docker/library/postgres@")
        #expect(postgres.license.category == .permissive)
        #expect(postgres.isOSS == true)
        #expect(try licenceDecision(postgres).rule == "image-postgresql-official")

        let jdbc = try classification("pkg:maven/com.oracle.database.jdbc/ojdbc11@")
        #expect(jdbc.license.category == .proprietary)
        #expect(jdbc.isOSS == false)
        #expect(try licenceDecision(jdbc).reason.contains("LicenseRef-Oracle-FUTC"))
    }
}

/// The check of rule licences against the licence data (`RuleLicenceCheck`), which `rules check` and every scan run.
struct RuleLicenceCheckTests {
    @Test func unknownIdsAndUncategorisedReferencesAreErrorsAtTheRule() throws {
        let rulesFolder = try #require(RulesLocator.bundledRules(executable: URL(fileURLWithPath: "/nonexistent/bin/sovscan")))
        let enricher = try LicenseData.load(rulesDirectory: rulesFolder).get()
        func rule(_ id: String, _ license: String) throws -> TechnologyRule {
            TechnologyRule(id: id, name: id, level: nil, vendor: nil,
                           patterns: [PatternSpec(pattern: try PurlPattern("pkg:npm/\(id)"))], license: license,
                           licenseSource: "https://example.org/\(id)",
                           location: SourceLocation(file: "technologies/mine.yml", line: 7))
        }
        let rules = RuleSet(vendors: [], technologies: [
            try rule("fine", "MIT OR Apache-2.0"), try rule("oracle", "LicenseRef-Oracle-FUTC"),
            try rule("misspelt", "Apache2"), try rule("unlisted", "LicenseRef-Nobody-Knows"),
        ], bindings: [], relicensing: [])
        let diagnostics = RuleLicenceCheck.diagnostics(rules, enricher: enricher)
        let texts = diagnostics.map(\.description)
        #expect(diagnostics.count == 2, "\(texts)")
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location?.line == 7 }, "\(texts)")
        #expect(texts.contains { $0.contains("'misspelt': license 'Apache2' names an id") }, "\(texts)")
        #expect(texts.contains { $0.contains("'unlisted': the category of license 'LicenseRef-Nobody-Knows' is unknown") },
                "\(texts)")
    }

    @Test func bundledRuleLicencesAreAllKnown() throws {
        let rulesFolder = try #require(RulesLocator.bundledRules(executable: URL(fileURLWithPath: "/nonexistent/bin/sovscan")))
        let enricher = try LicenseData.load(rulesDirectory: rulesFolder).get()
        let rules = RuleSet.load(directories: [rulesFolder]).rules
        #expect(rules.technologies.filter { $0.license != nil }.count >= 4)
        #expect(RuleLicenceCheck.diagnostics(rules, enricher: enricher).isEmpty)
    }
}
