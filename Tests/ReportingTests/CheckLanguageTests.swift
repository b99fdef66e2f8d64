import Foundation
import Policy
import Reporting
import SovScanModel
import Testing

/// Issue 19: every output of `sovscan check` follows `--lang`: the findings table, the human text of SARIF,
/// JUnit, GitHub and GitLab (ids, levels and fingerprints unchanged), and the scan's messages by their codes.
struct CheckLanguageTests {
    static func purl(_ text: String) throws -> PackageURL { try PackageURL(parsing: text) }

    /// A failing check with a transitive finding locked in a lockfile, a waived and a baselined finding, a
    /// policy finding, and an incomplete scan judged with `--allow-incomplete`.
    static func result() throws -> CheckResult {
        let express = try purl("pkg:npm/express@4.19.2"), qs = try purl("pkg:npm/qs@6.11.0")
        var denied = Finding(rule: .licenseDenied, severity: .error, message: "qs@6.11.0 is licensed GPL-3.0-only; GPL-3.0-only is denied by the policy",
                             system: "web", component: qs, location: SourceLocation(file: "frontend/package.json", line: 12, column: 5),
                             path: [express, qs], subject: "GPL-3.0-only")
        denied.relatedLocations = [SourceLocation(file: "frontend/package-lock.json", line: 812, column: 5)]
        return CheckResult(
            systems: ["web"], policySources: [".sovscan.yml"],
            findings: [
                denied,
                Finding(rule: .licenseUnknown, severity: .warning, message: "express@4.19.2 has no known licence", system: "web",
                        component: express, location: SourceLocation(file: "frontend/package.json", line: 12, column: 5)),
                Finding(rule: .packageDenied, severity: .error, message: "left-pad is denied", system: "web",
                        component: try purl("pkg:npm/left-pad@1.3.0"), location: SourceLocation(file: "frontend/package.json", line: 14),
                        subject: "pkg:npm/left-pad", waiver: "pkg:npm/left-pad (.sovscan.yml:8): legacy"),
                Finding(rule: .vendorDenied, severity: .error, message: "ojdbc11 comes from Oracle", system: "web",
                        component: try purl("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0"),
                        location: SourceLocation(file: "backend/pom.xml", line: 30), subject: "oracle", inBaseline: true),
                Finding(rule: .exceptionUnused, severity: .warning, message: "the exception for pkg:npm/x matches no finding; remove it",
                        system: "", location: SourceLocation(file: ".sovscan.yml", line: 20, column: 5), subject: "pkg:npm/x"),
            ],
            gaps: [Diagnostic(.error, "invalid JSON: unexpected character", at: SourceLocation(file: "broken/package.json", line: 1, column: 48),
                              detail: DiagnosticDetail(.malformedFile, ["JSON"]))],
            allowIncomplete: true)
    }

    /// The English words of a Danish text, after leaving out rule ids (machine values the table keeps).
    static func english(in text: String) -> Set<String> {
        var text = text
        for rule in RuleID.allCases { text = text.replacingOccurrences(of: rule.rawValue, with: " ") }
        return Set(ReportLanguageTests.visibleWords(text).filter { ReportLanguageTests.englishWords.contains($0.lowercased()) })
    }

    @Test func theDanishFindingsTable() throws {
        let result = try Self.result()
        let text = FindingsTerminalWriter(colors: false, words: ReportLanguage.da.findingWords).write(result)
        #expect(Self.english(in: text).isEmpty, "\(Self.english(in: text).sorted())\n\(text)")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  frontend/package.json:12:5  fejl        license-denied  qs@6.11.0: Komponentens licens står på politikkens afvisningsliste (GPL-3.0-only)."),
                "\(text)")
        #expect(lines.contains("      via pkg:npm/express@4.19.2 → pkg:npm/qs@6.11.0"))
        #expect(lines.contains("      låst i frontend/package-lock.json:812:5"))
        #expect(lines.contains("      undtaget af pkg:npm/left-pad (.sovscan.yml:8): legacy"))
        #expect(lines.contains { $0.contains("kendt ") && $0.contains("vendor-denied") })
        #expect(lines.contains("Scanningen er ufuldstændig"))
        #expect(lines.contains("  broken/package.json:1:48: fejl: filen er ikke gyldig JSON og kunne ikke læses"))
        #expect(text.hasSuffix("politiktjek IKKE BESTÅET: 1 fejl, 2 advarsler, 0 bemærkninger, 1 undtaget, 1 kendt fra referencegrundlaget"
            + "; scanningen er ufuldstændig (tilladt med --allow-incomplete)\n"), "\(text)")
        // The status column is as wide as its longest word (bemærkning), so the rule ids of one file line up.
        #expect(lines.contains("  frontend/package.json:12:5  advarsel    license-unknown  express@4.19.2: Komponentens licens kunne ikke fastslås."))
    }

    @Test func englishIsThePolicysOwn() throws {
        let result = try Self.result()
        #expect(FindingsTerminalWriter(colors: false, words: ReportLanguage.en.findingWords).write(result)
            == FindingsTerminalWriter(colors: false).write(result))
        let english = FindingsTerminalWriter(colors: false).write(result)
        #expect(english.contains("  frontend/package.json:12:5  error     license-denied  qs@6.11.0 is licensed GPL-3.0-only"))
        #expect(english.contains("  broken/package.json:1:48: error: invalid JSON: unexpected character"))
        #expect(try SARIFWriter(words: ReportLanguage.en.findingWords).write(result, toolVersion: "1") == SARIFWriter().write(result, toolVersion: "1"))
    }

    @Test func danishMachineFormatsWordTheirTextAndKeepTheirIDs() throws {
        let result = try Self.result()
        let words = ReportLanguage.da.findingWords
        let sarif = try #require(try JSONSerialization.jsonObject(with: SARIFWriter(words: words).write(result, toolVersion: "1")) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let denied = try #require(results.first { $0["ruleId"] as? String == "license-denied" })
        #expect(denied["level"] as? String == "error")
        let message = try #require((denied["message"] as? [String: Any])?["text"] as? String)
        #expect(message == "qs@6.11.0: Komponentens licens står på politikkens afvisningsliste (GPL-3.0-only). (via pkg:npm/express@4.19.2 → pkg:npm/qs@6.11.0)")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "license-denied" })
        #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == "Licens på afvisningslisten")
        #expect(rule["name"] as? String == "LicenseDenied")
        let notifications = try #require(((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"]) as? [[String: Any]])
        #expect((notifications.first?["message"] as? [String: Any])?["text"] as? String == "filen er ikke gyldig JSON og kunne ikke læses")
        let fingerprints = { (data: Data) throws -> [String] in
            let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["sovscanFingerprint/v1"] }
        }
        #expect(try fingerprints(SARIFWriter(words: words).write(result, toolVersion: "1")) == fingerprints(SARIFWriter().write(result, toolVersion: "1")))

        let junit = String(decoding: JUnitWriter(words: words).write(result), as: UTF8.self)
        #expect(junit.contains("<failure type=\"license-denied\" message=\"qs@6.11.0: Komponentens licens står på politikkens afvisningsliste (GPL-3.0-only).\">"))
        #expect(junit.contains("<skipped message=\"kendt fra referencegrundlaget\"/>"))
        #expect(junit.contains("<system-out>advarsel: "))
        let github = GitHubAnnotationsWriter(words: words).write(result)
        #expect(github.contains("title=sovscan package-denied::left-pad@1.3.0: Pakken står på politikkens afvisningsliste (pkg:npm/left-pad). (undtaget af pkg"))
        let gitlab = String(decoding: try GitLabCodeQualityWriter(words: words).write(result), as: UTF8.self)
        #expect(gitlab.contains("\"description\" : \"[license-unknown] express@4.19.2: Komponentens licens kunne ikke fastslås.\""))
        #expect(gitlab.contains("\"check_name\" : \"license-unknown\""))
    }

    /// Every coded diagnostic has Danish words; one without a code keeps its English message; English is the
    /// diagnostic's own line.
    @Test func diagnosticsByTheirCodes() {
        let location = SourceLocation(file: "pom.xml", line: 7)
        for code in DiagnosticDetail.Code.allCases {
            let diagnostic = Diagnostic(.warning, "the English message", at: location, detail: DiagnosticDetail(code, ["a:b", "3"]))
            let danish = ReportLanguage.da.diagnosticLine(diagnostic)
            #expect(danish.hasPrefix("pom.xml:7: advarsel: "), "\(code)")
            #expect(!danish.contains("English message") && Self.english(in: danish).isEmpty, "\(code): \(danish)")
            #expect(ReportLanguage.en.diagnosticLine(diagnostic) == "pom.xml:7: warning: the English message")
        }
        let uncoded = Diagnostic(.note, "key 'name' repeated; the last one counts", at: location)
        #expect(ReportLanguage.da.diagnosticLine(uncoded) == "pom.xml:7: bemærkning: key 'name' repeated; the last one counts")
        let property = Diagnostic(.warning, "the property ${pg.version} is not defined", at: location,
                                  detail: DiagnosticDetail(.undefinedProperty, ["pg.version", "org.postgresql:postgresql"]))
        #expect(ReportLanguage.da.diagnosticLine(property).contains("egenskaben ${pg.version} er ikke defineret: org.postgresql:postgresql har ingen brugbar version"))
    }

    /// The HTML report's messages from the scan are worded in Danish by their codes.
    @Test func theDanishReportWordsTheScansMessages() {
        var input = ReportSamples.check()
        input.inventory.systems[0].diagnostics = [
            Diagnostic(.warning, "the POM of org.acme:parent:1.0 is not in the Maven repository; its dependencies and licences are unknown",
                       at: SourceLocation(file: "pom.xml", line: 9), detail: DiagnosticDetail(.missingPOM, ["org.acme:parent:1.0"])),
            Diagnostic(.warning, "a link to outside the scanned folder; not followed", at: SourceLocation(file: "vendor/link"),
                       detail: DiagnosticDetail(.outsideRoot)),
        ]
        let danish = String(decoding: HTMLReportWriter(language: .da).write(input, context: ReportSamples.context), as: UTF8.self)
        #expect(danish.contains("POM&#39;en for org.acme:parent:1.0 findes ikke i Maven-repositoriet") || danish.contains("POM'en for org.acme:parent:1.0 findes ikke i Maven-repositoriet"))
        #expect(danish.contains("stien fører uden for den scannede mappe"))
        #expect(!danish.contains("is not in the Maven repository"))
        let english = String(decoding: HTMLReportWriter(language: .en).write(input, context: ReportSamples.context), as: UTF8.self)
        #expect(english.contains("is not in the Maven repository; its dependencies and licences are unknown"))
    }
}
