import Foundation
import Testing

/// `portfolio DIR --store` records every system with its systems.yml metadata; `portfolio --store` reads them back.
struct PortfolioFromStoreTests {
    @Test func thePortfolioComesBackFromTheStoreWithItsTrend() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let portfolio = folder.appendingPathComponent("kommune")
        try StoreTestSupport.checkOut("borgerportal-v1", into: portfolio.appendingPathComponent("borgerportal"))
        try StoreTestSupport.checkOut("borgerportal-v2", into: portfolio.appendingPathComponent("selvbetjening"))
        try Data("""
            systems:
              - name: Borgerportal
                path: borgerportal
                layer: selvbetjening
                criticality: high
                personal-data: true
              - name: Selvbetjening
                path: selvbetjening
                criticality: low
            """.utf8).write(to: portfolio.appendingPathComponent("systems.yml"))
        let store = folder.appendingPathComponent("history.sqlite").path
        let january = try StoreTestSupport.run(["portfolio", portfolio.path, "--store", store, "--format", "json:\(folder.path)/scanned.json"],
                                               environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(january.status == 0, "\(january.stderr)")
        // In February Borgerportal moves to the new version.
        try StoreTestSupport.checkOut("borgerportal-v2", into: portfolio.appendingPathComponent("borgerportal"))
        let february = try StoreTestSupport.run(["portfolio", portfolio.path, "--store", store, "--format", "table:\(folder.path)/february.txt"],
                                                environment: ["SOURCE_DATE_EPOCH": "1769904000"])
        #expect(february.status == 0, "\(february.stderr)")

        let result = try StoreTestSupport.run(["portfolio", "--store", store, "--since", "2026-01-15", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try StoreTestSupport.json(result.stdout) as? [String: Any])
        let systems = try #require(document["systems"] as? [[String: Any]])
        #expect(systems.map { $0["name"] as? String } == ["Borgerportal", "Selvbetjening"])
        #expect(systems[0]["layer"] as? String == "selvbetjening")
        #expect(systems[0]["personalData"] as? Bool == true)
        let analysis = try #require(document["analysis"] as? [String: Any])
        let analysed = try #require(analysis["systems"] as? [[String: Any]])
        #expect(analysed.map { $0["name"] as? String } == ["Borgerportal", "Selvbetjening"])
        let bands = try #require((analysis["portfolio"] as? [String: Any])?["bands"] as? [[String: Any]])
        let overallRow = try #require(bands.first { $0["level"] as? String == "Applikation" })
        // Version 2's Applikation share is 3 of 4 technologies (React's helpers count as part of React): 75%.
        #expect((overallRow["systems"] as? [String: Int])?["overvejende-oss"] == 2)
        let trend = try #require((document["trend"] as? [String: Any])?["systems"] as? [[String: Any]])
        #expect(trend.map { $0["system"] as? String } == ["Borgerportal", "Selvbetjening"])
        let moved = try #require(trend[0]["changes"] as? [[String: Any]])
        #expect(moved.contains { $0["level"] as? String == "overall" && $0["fromBand"] as? String == "primaert-oss"
            && $0["toBand"] as? String == "overvejende-oss" })
        #expect(trend[0]["newBindings"] as? [String] == ["AWS"])
        #expect((trend[1]["changes"] as? [Any])?.isEmpty == true)

        let table = try StoreTestSupport.run(["portfolio", "--store", store, "--since", "2026-01-15"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Trend since 2026-01-15T00:00:00Z:"))
        #expect(table.stdout.contains("Borgerportal: 100.0% -> 60.0%, Primært OSS -> Overvejende OSS"))
        let html = try StoreTestSupport.run(["portfolio", "--store", store, "--format", "html:\(folder.path)/portfolio.html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/portfolio.html", encoding: .utf8).contains("Selvbetjening"))

        let trendReports = try StoreTestSupport.run(["portfolio", "--store", store, "--since", "2026-01-15", "--lang", "da",
                                                     "--format", "html:\(folder.path)/trend.html", "--format", "markdown:\(folder.path)/trend.md"])
        #expect(trendReports.status == 0, "\(trendReports.stderr)")
        let trendHTML = try String(contentsOfFile: folder.path + "/trend.html", encoding: .utf8)
        #expect(trendHTML.contains("<h2 id=\"trend-heading\">Udvikling siden 2026-01-15</h2>"))
        #expect(trendHTML.contains("<li>Samlet: 100 % → 60 % (Primært OSS &gt;75% → Overvejende OSS 50-75%)</li>"))
        #expect(trendHTML.contains("<li>Nye bindinger: <bdi>AWS</bdi></li>"))
        #expect(trendHTML.contains("ingen ændring"))
        let trendMarkdown = try String(contentsOfFile: folder.path + "/trend.md", encoding: .utf8)
        #expect(trendMarkdown.contains("### Udvikling siden 2026-01-15"))
        #expect(trendMarkdown.contains("- **Borgerportal**: Frontend: 100 % → 50 %") && trendMarkdown.contains("Samlet: 100 % → 60 % (Primært OSS >75% → Overvejende OSS 50-75%)"))
        #expect(trendMarkdown.contains("Nye bindinger: AWS"))
        #expect(trendMarkdown.contains("- **Selvbetjening**: ingen ændring"))

        let lone = folder.appendingPathComponent("lone.sqlite").path
        for (epoch, version) in [("1767225600", "borgerportal-v1"), ("1769904000", "borgerportal-v2")] {
            try StoreTestSupport.checkOut(version, into: folder.appendingPathComponent("lone"))
            let run = try StoreTestSupport.run(["scan", folder.path + "/lone", "--store", lone, "--quiet"], environment: ["SOURCE_DATE_EPOCH": epoch])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let oneSystem = try StoreTestSupport.run(["portfolio", "--store", lone, "--since", "2026-01-15",
                                                  "--format", "html:\(folder.path)/lone.html", "--format", "markdown"])
        #expect(oneSystem.status == 0, "\(oneSystem.stderr)")
        #expect(oneSystem.stdout.contains("### Trend since 2026-01-15"))
        #expect(try String(contentsOfFile: folder.path + "/lone.html", encoding: .utf8).contains("<li>New bindings: <bdi>AWS</bdi></li>"))
    }

    @Test func anEmptyStoreOrNoFoldersIsAUsageError() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try StoreTestSupport.run(["portfolio"], in: folder)
        #expect(none.status == 2)
        let missing = try StoreTestSupport.run(["portfolio", "--store", folder.path + "/nothing.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist"))
    }
}
