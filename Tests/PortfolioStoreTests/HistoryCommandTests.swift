import Foundation
import Testing

/// `scan --store` twice over a changing checkout, then `history` in every format.
struct HistoryCommandTests {
    private let firstCommit = "aa11bb22cc33dd44ee55ff6677889900aabbccdd"
    private let secondCommit = "0123456789abcdef0123456789abcdef01234567"

    /// A repository scanned at two commits into its default store; returns the repository.
    private func twoRuns() throws -> URL {
        let repository = try StoreTestSupport.temporaryFolder().appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v1", into: repository)
        try StoreTestSupport.writeGit(in: repository, branch: "main", commit: firstCommit)
        let first = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "json:\(repository.path)/../scan1.json", "--store"],
                                             environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(first.status == 0, "\(first.stderr)")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        try StoreTestSupport.writeGit(in: repository, branch: "main", commit: secondCommit)
        let second = try StoreTestSupport.run(["scan", repository.path, "--store", "--format", "table:\(repository.path)/../table2.txt"],
                                              environment: ["SOURCE_DATE_EPOCH": "1769904000"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("recorded 1 run"))
        return repository
    }

    @Test func jsonListsRunsWithSharesAndDeltas() throws {
        let repository = try twoRuns()
        defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
        #expect(FileManager.default.fileExists(atPath: repository.path + "/.sovscan/history.sqlite"))
        #expect(FileManager.default.fileExists(atPath: repository.deletingLastPathComponent().path + "/scan1.json"))
        let result = try StoreTestSupport.run(["history", "--store", "--format", "json"], in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try #require(try StoreTestSupport.json(result.stdout) as? [[String: Any]])
        #expect(runs.count == 2)
        #expect(runs.map { $0["system"] as? String } == ["borgerportal", "borgerportal"])
        #expect(runs.map { $0["time"] as? String } == ["2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"])
        #expect(runs.map { $0["commit"] as? String } == [firstCommit, secondCommit])
        #expect(runs.map { $0["branch"] as? String } == ["main", "main"])
        let shares = try #require(runs[1]["shares"] as? [String: [String: Any]])
        #expect(shares["overall"]?["band"] as? String == "overvejende-oss")
        #expect(shares["cloud-hosting"]?["notOSS"] as? Int == 1)
        #expect(shares["overall"]?["coverage"] as? Double == 100)
        #expect(runs[0]["delta"] is NSNull)
        let delta = try #require(runs[1]["delta"] as? [String: Any])
        #expect(delta["newBindings"] as? [String] == ["AWS"])
        #expect(delta["newRelicensing"] as? [String] == ["handsontable-7"])
        let newNonOSS = try #require(delta["newNonOSS"] as? [[String: String]])
        #expect(newNonOSS.contains(["level": "frontend", "name": "Handsontable"]))
    }

    @Test func tableAndCSV() throws {
        let repository = try twoRuns()
        defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
        let csvFile = repository.deletingLastPathComponent().appendingPathComponent("history.csv")
        let result = try StoreTestSupport.run(["history", "--store", repository.path + "/.sovscan/history.sqlite",
                                               "--system", "borgerportal", "--format", "table", "--format", "csv:\(csvFile.path)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("borgerportal: 2 runs"))
        #expect(result.stdout.contains("aa11bb22cc33"))
        #expect(result.stdout.contains("overall: 100.0% -> 60.0%, Primært OSS -> Overvejende OSS"))
        #expect(result.stdout.contains("new bindings: AWS"))
        #expect(result.stdout.contains("relicensing now applies: handsontable-7"))
        let csv = try String(contentsOf: csvFile, encoding: .utf8).split(separator: "\r\n").map(String.init)
        #expect(csv.first == "system,time,run,commit,branch,level,oss,not_oss,unknown,share_percent,coverage_percent,band,"
                + "previous_share_percent,previous_band,new_non_oss,removed_non_oss,new_bindings,removed_bindings,new_relicensing")
        #expect(csv.contains("borgerportal,2026-01-01T00:00:00Z,1,\(firstCommit),main,overall,3,0,0,100.0,100.0,primaert-oss,,,,,,,"))
        #expect(csv.contains("borgerportal,2026-02-01T00:00:00Z,2,\(secondCommit),main,overall,3,2,0,60.0,100.0,overvejende-oss,"
                             + "100.0,primaert-oss,,,AWS,,handsontable-7"))
        let secondRun = csv.filter { $0.hasPrefix("borgerportal,2026-02-01T00:00:00Z,") }
        #expect(secondRun.contains { $0.contains(",frontend,") && $0.contains("Handsontable") })
        #expect(secondRun.contains { $0.contains(",cloud-hosting,") && $0.contains("AWS") })
    }

    @Test func htmlInBothLanguages() throws {
        let repository = try twoRuns()
        defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
        let folder = repository.deletingLastPathComponent()
        let store = repository.path + "/.sovscan/history.sqlite"
        let result = try StoreTestSupport.run(["history", "--store", store, "--format", "html:\(folder.path)/en.html"])
        #expect(result.status == 0, "\(result.stderr)")
        let english = try String(contentsOfFile: folder.path + "/en.html", encoding: .utf8)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<bdi>borgerportal</bdi> – 2 runs"))
        #expect(english.contains("<svg"))
        #expect(english.contains("Overall: 100% → 60% (Primært OSS &gt;75% → Overvejende OSS 50-75%)"))
        #expect(english.contains("New bindings: <bdi>AWS</bdi>"))
        #expect(english.contains("Relicensing now applies: <bdi>handsontable-7</bdi>"))
        #expect(english.contains("New non-OSS: <bdi>") && english.contains("Handsontable (frontend)"))
        #expect(english.contains("first run"))
        let danish = try StoreTestSupport.run(["history", "--store", store, "--format", "html", "--lang", "da"])
        #expect(danish.status == 0, "\(danish.stderr)")
        #expect(danish.stdout.contains("<html lang=\"da\">"))
        #expect(danish.stdout.contains("OSS-andel over tid"))
        #expect(danish.stdout.contains("Samlet: 100 % → 60 %"))
        #expect(danish.stdout.contains("Nye bindinger: <bdi>AWS</bdi>"))
        #expect(danish.stdout.contains("første kørsel"))
        let refused = try StoreTestSupport.run(["history", "--store", store, "--format", "html", "--lang", "sv"])
        #expect(refused.status == 2)
    }

    @Test func sinceKeepsTheDeltaToTheRunBefore() throws {
        let repository = try twoRuns()
        defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
        let result = try StoreTestSupport.run(["history", "--store", "--since", "2026-01-15", "--format", "json"], in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try #require(try StoreTestSupport.json(result.stdout) as? [[String: Any]])
        #expect(runs.count == 1)
        #expect((runs[0]["delta"] as? [String: Any])?["newBindings"] as? [String] == ["AWS"])
        let bad = try StoreTestSupport.run(["history", "--store", "--since", "last tuesday"], in: repository)
        #expect(bad.status == 2)
    }

    @Test func historyOfAMissingStoreIsAClearError() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StoreTestSupport.run(["history", "--store"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".sovscan/history.sqlite does not exist"))
    }
}
