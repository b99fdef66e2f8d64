import Foundation
import Testing

/// The report formats and the SBOM import as a user calls them.
struct ReportFormatsCommandLineTests {
    let cli = CommandLineTests()
    let supplier = "Tests/ReportingTests/Fixtures/sbom/supplier-cyclonedx-1.5.json"

    @Test func supplierSBOMIsClassifiedIntoADanishSpreadsheet() throws {
        let result = try cli.run(["scan", "--sbom", supplier, "--quiet", "--format", "csv", "--csv-delimiter", ";", "--csv-bom"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}system;purl;ecosystem;"))
        let spring = try #require(result.stdout.split(separator: "\r\n").first { $0.contains("spring-core") })
        #expect(spring.hasPrefix("Sagsportal;pkg:maven/org.springframework/spring-core@6.1.14;maven;"))
        #expect(spring.contains(";Apache-2.0;"), "the supplier's licence is concluded like a scanned one")
        #expect(spring.contains(";backend;"), "and classified: \(spring)")
    }

    @Test func htmlAndMarkdownInDanish() throws {
        let html = try cli.run(["scan", "--sbom", supplier, "--quiet", "--format", "html", "--lang", "da"],
                               environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<html lang=\"da\">"))
        #expect(html.stdout.contains("class=\"stil-chart\""))
        #expect(html.stdout.contains("&lt;script&gt;alert(&#39;widget&#39;)&lt;/script&gt;"), "the supplier's hostile name is escaped")
        let markdown = try cli.run(["scan", "--sbom", supplier, "--quiet", "--format", "markdown"])
        #expect(markdown.stdout.contains("| Applikation | Backend |"))
    }

    @Test func badLanguageAndDelimiterAreUsageErrors() throws {
        #expect(try cli.run(["scan", "--sbom", supplier, "--lang", "fr"]).status == 2)
        #expect(try cli.run(["scan", "--sbom", supplier, "--csv-delimiter", "ab"]).status == 2)
    }

    @Test func sbomRoundTripThroughTheCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-sbom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.spdx.json").path
        let second = folder.appendingPathComponent("second.spdx.json").path
        let third = folder.appendingPathComponent("third.spdx.json").path
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        _ = try cli.run(["scan", "--sbom", supplier, "--quiet", "--format", "spdx:" + first], environment: environment)
        _ = try cli.run(["scan", "--sbom", first, "--quiet", "--format", "spdx:" + second], environment: environment)
        _ = try cli.run(["scan", "--sbom", second, "--quiet", "--format", "spdx:" + third], environment: environment)
        let secondData = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(!secondData.isEmpty)
        #expect(secondData == (try Data(contentsOf: URL(fileURLWithPath: third))))
    }
}
