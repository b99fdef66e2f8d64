import Foundation
import Testing

/// `--lang` and the HTML reports as a user gets them from `check` and `portfolio`.
struct ReportLanguageCommandLineTests {
    let cli = CommandLineTests()
    let sample = CommandLineTests.repositoryRoot.appendingPathComponent("SampleProjects/kommune-sag").path

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func checkReportInDanishHasTheVerdictAndTheMethod() throws {
        let result = try cli.run([
            "check", "SampleProjects/kommune-sag", "--maven-repo", "SampleProjects/kommune-sag/backend/m2-repository",
            "--policy-profile", "stil", "--format", "html", "--lang", "da", "--bands", "90,80",
        ], environment: ["SOURCE_DATE_EPOCH": "1796486580"])
        #expect(result.status == 1, "the stil profile fails the Oracle driver: \(result.stderr)")
        let html = result.stdout
        #expect(html.contains("<html lang=\"da\">"))
        #expect(html.contains("IKKE BESTÅET"))
        #expect(html.contains("<h2 id=\"method-heading\">Om metoden</h2>"))
        #expect(html.contains("Regelversion: <code><bdi>format 1, rules "), "the rules fingerprint is named")
        #expect(html.contains("5. december 2026 kl. 16.03 UTC"))
        #expect(html.contains("Primært OSS &gt;90%") && !html.contains("Overvejende OSS 50-75%"), "labels follow --bands")
        #expect(html.contains("<details><summary>"), "the technologies counted per level")
        let markdown = try cli.run([
            "check", "SampleProjects/kommune-sag", "--maven-repo", "SampleProjects/kommune-sag/backend/m2-repository",
            "--policy-profile", "stil", "--format", "markdown", "--lang", "da",
        ])
        #expect(markdown.stdout.hasPrefix("**IKKE BESTÅET**"))
    }

    @Test func portfolioWritesAnIndexAndOnePagePerSystem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
        systems:
          - name: Sag
            path: \(sample)
            layer: fagsystemer
            criticality: high
            personal-data: true
          - name: Web
            path: \(sample)/frontend

        """.utf8).write(to: folder.appendingPathComponent("systems.yml"))
        let report = folder.appendingPathComponent("rapport").path + "/"
        let result = try cli.run(["portfolio", folder.path, "--lang", "da", "--format", "html:" + report,
                                  "--format", "markdown:" + folder.appendingPathComponent("p.md").path])
        #expect(result.status == 0 || result.status == 3, "\(result.stderr)")
        let index = try String(contentsOfFile: report + "index.html", encoding: .utf8)
        #expect(index.contains("<title>Open source-rapport for porteføljen (2 systemer)</title>"))
        #expect(index.contains("<a href=\"systems/sag.html\"><bdi>Sag</bdi></a>") && index.contains("href=\"systems/web.html\""))
        #expect(index.contains("<td><bdi>fagsystemer</bdi></td><td><bdi>høj</bdi></td><td>ja</td>"), "systems.yml's columns, in Danish")
        #expect(!index.contains("id=\"components\""), "the component lists are on the systems' pages")
        let page = try String(contentsOfFile: report + "systems/sag.html", encoding: .utf8)
        #expect(page.contains("<a href=\"../index.html\">Tilbage til porteføljen</a>"))
        #expect(page.contains("id=\"components\"") && page.contains("class=\"stil-chart\""))
        let markdown = try String(contentsOfFile: folder.appendingPathComponent("p.md").path, encoding: .utf8)
        #expect(markdown.hasPrefix("## Open source-rapport for porteføljen (2 systemer)"))
        #expect(markdown.contains("| System | Lag | Kritikalitet | Personoplysninger | OSS-andel | Kategori | Effekt på den samlede andel |"))
    }

    @Test func portfolioTableInDanish() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("systems:\n  - name: Sag\n    path: \(sample)\n  - name: Web\n    path: \(sample)/frontend\n".utf8)
            .write(to: folder.appendingPathComponent("systems.yml"))
        let result = try cli.run(["portfolio", folder.path, "--no-color", "--lang", "da"])
        #expect(result.stdout.hasPrefix("Portefølje: 2 systemer"), "\(result.stdout)")
        #expect(result.stdout.contains("Systemer pr. kategori og niveau (STIL)") && result.stdout.contains("Samlet OSS-andel: "))
        #expect(!result.stdout.contains("Overall") && !result.stdout.contains("coverage"))
    }

    /// Issue 19: under `--lang da` check's findings table, its machine formats' messages and the scan's messages
    /// (a broken package.json, an undefined Maven property, a parent POM that cannot be read) are Danish.
    @Test func checkSpeaksDanishThroughout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let web = folder.appendingPathComponent("web"), service = folder.appendingPathComponent("service")
        try FileManager.default.createDirectory(at: web, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: service, withIntermediateDirectories: true)
        try Data("{\n  \"name\": \"web\",\n  \"dependencies\": {\n".utf8).write(to: web.appendingPathComponent("package.json"))
        try Data("""
        <project>
          <modelVersion>4.0.0</modelVersion>
          <parent><groupId>dk.kommune</groupId><artifactId>kommune-parent</artifactId><version>3.1</version><relativePath/></parent>
          <artifactId>service</artifactId>
          <dependencies>
            <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>${pg.version}</version></dependency>
          </dependencies>
        </project>

        """.utf8).write(to: service.appendingPathComponent("pom.xml"))
        let arguments = ["check", folder.path, "--policy-profile", "stil", "--lang", "da", "--no-color", "--allow-incomplete",
                         "--maven-repo", folder.appendingPathComponent("m2").path]
        let table = try cli.run(arguments)
        #expect(table.status == 0 || table.status == 1, "\(table.stderr)")
        #expect(table.stdout.contains("Scanningen er ufuldstændig"), "\(table.stdout)")
        #expect(table.stdout.contains("web/package.json:4:1: fejl: filen er ikke gyldig JSON og kunne ikke læses")
            || table.stdout.contains("fejl: filen er ikke gyldig JSON og kunne ikke læses"), "\(table.stdout)")
        #expect(table.stdout.contains("forælder-POM'en dk.kommune:kommune-parent:3.1"), "\(table.stdout)")
        #expect(table.stdout.contains("politiktjek "), "\(table.stdout)")
        #expect(!table.stdout.contains("policy check") && !table.stdout.contains("error(s)"))
        #expect(table.stderr.contains("egenskaben ${pg.version} er ikke defineret: org.postgresql:postgresql"), "\(table.stderr)")
        let english = try cli.run(Array(arguments.filter { $0 != "--lang" && $0 != "da" }))
        #expect(english.stdout.contains("not valid JSON") || english.stdout.contains("invalid JSON"), "\(english.stdout)")
        #expect(english.stderr.contains("the property ${pg.version} is not defined"), "\(english.stderr)")
        let sarif = try cli.run(arguments + ["--format", "sarif"])
        #expect(sarif.stdout.contains("\"text\" : \"filen er ikke gyldig JSON og kunne ikke læses\""), "\(sarif.stdout)")
        #expect(sarif.stdout.contains("\"id\" : \"license-denied\""))
    }

    @Test func everyReportingCommandRefusesAnUnknownLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["check", "SampleProjects/kommune-sag", "--lang", "fr"]).status == 2)
        #expect(try cli.run(["portfolio", sample, "--lang", "fr"]).status == 2)
        #expect(try cli.run(["scan", "SampleProjects/kommune-sag/frontend", "--lang", "de"]).status == 2)
    }
}
