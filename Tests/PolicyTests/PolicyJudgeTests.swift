import Analysis
import Classification
import Policy
import SovScanModel
import Testing

/// Every rule id fires on the input it is about, and only there; exceptions waive, expire and go unused.
struct PolicyJudgeTests {
    static let backend = "pkg:maven/org.example/backend@1.0.0"

    /// A system with a first-party module, two direct dependencies and a transitive one.
    static func system(_ components: [Component], edges: [(String, String)] = []) -> SystemInventory {
        var all = components
        all.append(Component(purl: TestSupport.purl(backend), ecosystem: .maven, group: "org.example", name: "backend",
                             version: "1.0.0", isFirstParty: true,
                             locations: [SovScanModel.SourceLocation(file: "pom.xml", line: 1)]))
        let graph = DependencyGraph(edges: edges.map {
            DependencyEdge(from: TestSupport.purl($0.0), to: TestSupport.purl($0.1), scope: .compile)
        })
        return SystemInventory(name: "sag", root: ".", components: all, graph: graph)
    }

    func judge(_ policyText: String, _ subject: PolicySubject, today: PolicyDate = TestSupport.day) throws -> [Finding] {
        let policy = try TestSupport.load(policyText)
        return PolicyJudge(policy: policy, knowledge: TestSupport.knowledge, today: today).judge([subject])
    }

    func rules(_ findings: [Finding]) -> [String] { findings.map(\.rule.rawValue) }

    @Test func licenceRules() throws {
        let subject = PolicySubject(inventory: Self.system([
            TestSupport.component("pkg:maven/a/mit@1", license: .license(id: "MIT"), line: 10),
            TestSupport.component("pkg:maven/a/agpl@1", license: .license(id: "AGPL-3.0-only"), line: 11),
            TestSupport.component("pkg:maven/a/gpl@1", license: .license(id: "GPL-3.0-only"), line: 12),
            TestSupport.component("pkg:maven/a/dual@1", license: .or([.license(id: "MIT"), .license(id: "GPL-3.0-only")]), line: 13),
            TestSupport.component("pkg:maven/a/both@1", license: .and([.license(id: "MIT"), .license(id: "GPL-3.0-only")]), line: 14),
            TestSupport.component("pkg:maven/a/none@1", license: nil, line: 15),
            TestSupport.component("pkg:maven/a/ref@1", license: .license(id: "LicenseRef-acme"), line: 16),
        ]))
        let findings = try judge("licenses:\n  allow: [permissive]\n  deny: [AGPL-*]\n  unknown: deny\n", subject)
        let byComponent = Dictionary(grouping: findings) { $0.component?.name ?? "" }
        #expect(byComponent["mit"] == nil)
        #expect(byComponent["dual"] == nil, "MIT OR GPL passes an allowlist of permissive licences")
        #expect(rules(byComponent["agpl"] ?? []) == ["license-denied"])
        #expect(rules(byComponent["gpl"] ?? []) == ["license-not-allowed"])
        #expect(rules(byComponent["both"] ?? []) == ["license-not-allowed"], "MIT AND GPL does not pass")
        #expect(byComponent["both"]?.first?.subject == "GPL-3.0-only")
        #expect(rules(byComponent["none"] ?? []) == ["license-unknown"])
        #expect(byComponent["none"]?.first?.severity == .error)
        #expect(rules(byComponent["ref"] ?? []) == ["license-unknown"])
        #expect(byComponent["gpl"]?.first?.location == SovScanModel.SourceLocation(file: "pom.xml", line: 12, column: 5))
        #expect(findings.allSatisfy { $0.system == "sag" })

        let warned = try judge("licenses:\n  unknown: warn\n", subject)
        #expect(warned.filter { $0.rule == .licenseUnknown }.allSatisfy { $0.severity == .warning })
        #expect(warned.filter { $0.rule == .licenseUnknown }.count == 2)
        let allowed = try judge("licenses:\n  unknown: allow\n", subject)
        #expect(allowed.isEmpty)
    }

    /// A component that declares no licence is judged by the licence its technology rule states (a JDBC driver under
    /// the GPL, an official image under its project's licence), as the report counts it: the gate does not pass
    /// what sovscan knows as a mere unknown.
    @Test func aLicenceARuleStatesIsJudgedAsDeclared() throws {
        let driver = "pkg:maven/com.mysql/mysql-connector-j@9.1.0"
        let node = "pkg:docker/library/node@22"
        let subject = PolicySubject(
            inventory: Self.system([
                TestSupport.component(driver, license: nil, line: 30),
                TestSupport.component(node, license: nil, line: 31),
                TestSupport.component("pkg:maven/a/none@1", license: nil, line: 32),
            ]),
            facts: [
                TestSupport.purl(driver): ComponentFacts(statedLicense: StatedLicenseFact(
                    expression: .license(id: "GPL-2.0-only"), rule: "mysql-connector")),
                TestSupport.purl(node): ComponentFacts(statedLicense: StatedLicenseFact(
                    expression: .license(id: "MIT"), rule: "image-node")),
            ])
        let findings = try judge("licenses:\n  allow: [MIT]\n  unknown: warn\n", subject)
        let byComponent = Dictionary(grouping: findings) { $0.component?.name ?? "" }
        #expect(byComponent["node"] == nil, "MIT by rule is allowed")
        let jdbc = try #require(byComponent["mysql-connector-j"]?.first)
        #expect(jdbc.rule == .licenseNotAllowed)
        #expect(jdbc.severity == .error)
        #expect(jdbc.message.contains("is licensed GPL-2.0-only (by rule mysql-connector)"), "\(jdbc.message)")
        #expect(rules(byComponent["none"] ?? []) == ["license-unknown"])
    }

    @Test func ignoredScopesAndFirstPartyAreNotJudged() throws {
        let subject = PolicySubject(inventory: Self.system([
            TestSupport.component("pkg:maven/a/junit@4", license: .license(id: "GPL-3.0-only"), scope: .test, line: 20),
            TestSupport.component("pkg:maven/a/lib@1", license: .license(id: "GPL-3.0-only"), line: 21),
        ]))
        let findings = try judge("licenses:\n  deny: [GPL-3.0-only]\nignore-scopes: [test]\n", subject)
        #expect(findings.map { $0.component?.name } == ["lib"])
        let all = try judge("licenses:\n  deny: [GPL-3.0-only]\n", subject)
        #expect(all.count == 2)
    }

    /// Openfire's CI updater (`build/ci/updater/pom.xml`) declares Oracle's JDBC driver in compile scope; the
    /// classification finds only that tooling module reaches it (`development-tooling`). A policy ignoring that
    /// level does not judge it, a policy without `ignore-levels` does, and the check counts what it skipped.
    @Test func ignoredLevelsAreNotJudgedAndCounted() throws {
        let oracle = "pkg:maven/com.oracle.database.jdbc/ojdbc11@23.2.0.0"
        let subject = PolicySubject(
            inventory: Self.system([
                TestSupport.component(oracle, license: .license(id: "MIT"), line: 40),
                TestSupport.component("pkg:maven/a/junit@4", license: .license(id: "EPL-1.0"), scope: .test, line: 41),
            ]),
            facts: [TestSupport.purl(oracle): ComponentFacts(vendorID: "oracle", vendorName: "Oracle", bloc: "US",
                                                              seal: 0, level: .developmentTooling)])
        let policyText = "vendors: { deny: [oracle] }\nseal: { minimum: 1 }\nignore-scopes: [test]\n"
        let judged = try judge(policyText, subject)
        #expect(Set(rules(judged)) == ["vendor-denied", "seal-below-minimum"])
        let policy = try TestSupport.load(policyText + "ignore-levels: [development-tooling]\n")
        let judge = PolicyJudge(policy: policy, knowledge: TestSupport.knowledge, today: TestSupport.day)
        #expect(judge.judge([subject]).isEmpty)
        let unjudged = judge.unjudged([subject])
        #expect((unjudged.byScope, unjudged.byLevel) == (1, 1))
        #expect(unjudged.levelIgnored == [UnjudgedComponent(
            system: "sag", component: oracle, scope: "compile", level: "development-tooling",
            location: SovScanModel.SourceLocation(file: "pom.xml", line: 40, column: 5))],
            "the component of the judged scope is listed with where it is declared; the test-scope one only counted")
        let shipping = PolicySubject(inventory: subject.inventory, facts: [
            TestSupport.purl(oracle): ComponentFacts(vendorID: "oracle", vendorName: "Oracle", bloc: "US", level: .database),
        ])
        #expect(rules(judge.judge([shipping])) == ["vendor-denied"], "the same driver in the server is judged")
    }

    @Test func packageVendorAndBlocRules() throws {
        let oracle = "pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0.24.07"
        let huawei = "pkg:npm/%40huawei/sdk@2.0.0"
        let subject = PolicySubject(
            inventory: Self.system([
                TestSupport.component(oracle, license: .license(id: "MIT"), line: 30),
                TestSupport.component(huawei, license: .license(id: "MIT"), line: 31, file: "package.json"),
                TestSupport.component("pkg:npm/left-pad@1.3.0", license: .license(id: "MIT"), line: 32, file: "package.json"),
            ]),
            facts: [
                TestSupport.purl(oracle): ComponentFacts(vendorID: "oracle", vendorName: "Oracle", bloc: "US"),
                TestSupport.purl(huawei): ComponentFacts(vendorID: "huawei-cloud", bloc: "CN"),
            ])
        let findings = try judge("""
            vendors:
              deny: [oracle, "huawei*"]
            blocs:
              deny: [cn]
            packages:
              deny: ["pkg:npm/left-pad@1.*", "pkg:npm/right-pad"]
            """, subject)
        #expect(Set(findings.map { "\($0.component?.name ?? "")/\($0.rule.rawValue)" })
            == ["ojdbc11/vendor-denied", "sdk/vendor-denied", "sdk/bloc-denied", "left-pad/package-denied"])
        #expect(findings.first { $0.rule == .blocDenied }?.subject == "CN")
        let otherVersion = try judge("packages:\n  deny: [\"pkg:npm/left-pad@2.*\"]\n", subject)
        #expect(otherVersion.isEmpty)
    }

    @Test func bindingRules() throws {
        let s3 = "pkg:npm/%40aws-sdk/client-s3@3.600.0"
        let hetzner = "pkg:npm/hcloud-js@1.0.0"
        let subject = PolicySubject(
            inventory: Self.system([
                TestSupport.component(s3, license: .license(id: "Apache-2.0"), line: 40, file: "package.json"),
                TestSupport.component(hetzner, license: .license(id: "MIT"), line: 41, file: "package.json"),
            ]),
            facts: [
                TestSupport.purl(s3): ComponentFacts(binding: BindingFact(platform: "AWS", kind: "cloud", bloc: "US")),
                TestSupport.purl(hetzner): ComponentFacts(binding: BindingFact(platform: "Hetzner Cloud", kind: "cloud", bloc: "EU")),
            ])
        let findings = try judge("bindings:\n  require-exit-plan: true\n  allow-blocs: [EU]\n  kinds: [cloud]\n", subject)
        #expect(Set(findings.map { "\($0.component?.name ?? "")/\($0.rule.rawValue)" })
            == ["client-s3/binding-without-exit-plan", "client-s3/binding-bloc-not-allowed",
                "hcloud-js/binding-without-exit-plan"])
        // An exception with an exit plan satisfies the requirement and is used; one without does not.
        let planned = try judge("""
            bindings:
              require-exit-plan: true
            exceptions:
              - purl: "pkg:npm/%40aws-sdk/*"
                reason: "S3 until the move"
                exit-plan: docs/exit/aws.md
              - purl: "pkg:npm/hcloud-js"
                reason: "no plan yet"
            """, subject)
        #expect(Set(planned.map { "\($0.component?.name ?? $0.subject)/\($0.rule.rawValue)" })
            == ["hcloud-js/binding-without-exit-plan", "pkg:npm/hcloud-js/exception-unused"])
        #expect(planned.first { $0.rule == .bindingWithoutExitPlan }?.waiver == nil,
                "an exception without exit plan never waives a missing exit plan")
        let databaseOnly = try judge("bindings:\n  allow-blocs: [EU]\n  kinds: [database]\n", subject)
        #expect(databaseOnly.isEmpty)
    }

    @Test func relicensingAndSealRules() throws {
        let elastic = "pkg:maven/org.elasticsearch/elasticsearch@7.17.0"
        let subject = PolicySubject(
            inventory: Self.system([
                TestSupport.component(elastic, license: .license(id: "Apache-2.0"), line: 50),
                TestSupport.component("pkg:maven/a/eu@1", license: .license(id: "MIT"), line: 51),
            ]),
            facts: [
                TestSupport.purl(elastic): ComponentFacts(
                    relicensing: [RelicensingFact(event: "elasticsearch-sspl", to: "SSPL-1.0", versions: ">=7.11")], seal: 1),
                TestSupport.purl("pkg:maven/a/eu@1"): ComponentFacts(seal: 3),
            ],
            seal: 1)
        let denied = try judge("relicensed: deny\nseal:\n  minimum: 2\n  system: 2\n", subject)
        #expect(Set(rules(denied)) == ["relicensed-version", "seal-below-minimum", "system-seal-below-minimum"])
        #expect(denied.first { $0.rule == .relicensedVersion }?.severity == .error)
        let system = try #require(denied.first { $0.rule == .systemSealBelowMinimum })
        #expect(system.location?.file.hasSuffix(".sovscan.yml") == true)
        #expect(system.location?.line == 4, "the line of seal.system")
        #expect(system.message.hasSuffix("Below SEAL-2: org.elasticsearch:elasticsearch@7.17.0"), "\(system.message)")
        let inherited = try judge("extends: [eu-seal2]\n", subject).first { $0.rule == .systemSealBelowMinimum }
        #expect(inherited?.location?.line == 1, "an inherited requirement points at the extends line")
        let warned = try judge("relicensed: warn\n", subject)
        #expect(warned.map(\.severity) == [.warning])
        #expect(try judge("relicensed: allow\nseal:\n  minimum: 1\n", subject).isEmpty)
    }

    @Test func shareRule() throws {
        let subject = PolicySubject(inventory: Self.system([]),
                                    shares: ["application": MeasuredShare(oss: 7, notOSS: 3), "infrastructure": MeasuredShare(oss: 2, notOSS: 3),
                                             "backend": MeasuredShare(oss: 4, notOSS: 1)])
        let findings = try judge("""
            share:
              application: { band: primaert }
              infrastruktur: { minimum: 50 }
              backend: { minimum: 75, band: primaert }
              frontend: { minimum: 90 }
            """, subject)
        #expect(findings.map(\.subject) == ["application", "infrastructure"], "frontend has no measurement; backend meets both")
        #expect(findings.allSatisfy { $0.rule == .shareBelowMinimum && $0.severity == .error })
        #expect(findings[0].location?.line == 2)
        #expect(findings[0].message.contains("70 %") && findings[0].message.contains("Primært OSS"), "band names, not ids")
        #expect(!findings[0].message.contains("primaert"))
        let boundary = PolicySubject(inventory: Self.system([]), shares: ["application": MeasuredShare(oss: 3, notOSS: 1)])
        #expect(try judge("share:\n  application: { band: primaert }\n", boundary).count == 1, "Primært is more than 75 %")
        #expect(try judge("share:\n  application: { band: overvejende }\n", boundary).isEmpty)
        // With other cut-offs (--bands 70,40) the analysis' band decides: 75 % is then Primært OSS.
        let moved = PolicySubject(inventory: Self.system([]),
                                  shares: ["application": MeasuredShare(oss: 3, notOSS: 1, cutoffs: BandCutoffs(primaryAbove: 70, predominantFrom: 40))])
        #expect(try judge("share:\n  application: { band: primaert }\n", moved).isEmpty)
    }

    /// Issue 14: 31 technologies of unknown licence and one proprietary Azure binding. Excluding unknowns gives 0 %
    /// and would have read "Begrænset OSS"; the coverage (1/32) is far below 80 %, so every requirement fails with
    /// "insufficient data" and names the technologies, whatever the minimum.
    @Test func aShareWithTooLittleCoverageNeverPasses() throws {
        let unknown = (1...31).map { "tech-\($0 < 10 ? "0" : "")\($0)" }
        let share = MeasuredShare(oss: 0, notOSS: 1, unknown: 31, platformBindings: 1, notOSSUnits: ["Azure"], unknownUnits: unknown)
        let subject = PolicySubject(inventory: Self.system([]), shares: ["application": share])
        let findings = try judge("share:\n  application: { minimum: 0 }\n", subject)
        #expect(findings.count == 1)
        let message = try #require(findings.first?.message)
        #expect(message.contains("insufficient data") && message.contains("coverage 3.1 % (1/32 known) is below 80 %"), "\(message)")
        #expect(message.contains("Not OSS: Azure") && message.contains("Unknown licence: tech-01, tech-02"))
        #expect(message.contains("and 21 more"), "at most ten names, then the count")
        // A policy may lower the threshold for one requirement; then the share is judged (0 % < 50 %).
        let lowered = try judge("share:\n  application: { minimum: 50, min-coverage: 0 }\n", subject)
        #expect(lowered.count == 1)
        #expect(lowered.first?.message.contains("insufficient data") == true, "a binding alone still makes no band")
        let known = MeasuredShare(oss: 1, notOSS: 1, unknown: 31, platformBindings: 1, notOSSUnits: ["Azure"])
        let judged = try judge("share:\n  application: { minimum: 50, min-coverage: 0 }\n",
                               PolicySubject(inventory: Self.system([]), shares: ["application": known]))
        #expect(judged.isEmpty, "1 of 2 known units is OSS: 50 %")
    }

    @Test func unknownLicencesCanCountAsNotOSS() throws {
        // 9 OSS, 1 unknown: 100 % excluding the unknown, 90 % counting it as not OSS; coverage 90 %.
        let subject = PolicySubject(inventory: Self.system([]),
                                    shares: ["backend": MeasuredShare(oss: 9, unknown: 1, unknownUnits: ["left-pad"])])
        #expect(try judge("share:\n  backend: { minimum: 95 }\n", subject).isEmpty)
        let strict = try judge("share:\n  backend: { minimum: 95, unknown: not-oss }\n", subject)
        #expect(strict.count == 1)
        #expect(strict.first?.message.contains("is 90 %") == true && strict.first?.message.contains("counted as not OSS") == true)
        #expect(strict.first?.message.contains("Unknown licence: left-pad") == true)
        // A stricter coverage for this requirement: 90 % known is not enough for 95.
        let covered = try judge("share:\n  backend: { minimum: 50, min-coverage: 95 }\n", subject)
        #expect(covered.first?.message.contains("insufficient data") == true)
        #expect(try TestSupport.loadError("share:\n  backend: { minimum: 50, unknown: maybe }\n") != nil)
        #expect(try TestSupport.loadError("share:\n  backend: { minimum: 50, min-coverage: 120 }\n") != nil)
    }

    @Test func exceptionsWaiveByPatternVersionAndRule() throws {
        let subject = PolicySubject(inventory: Self.system([
            TestSupport.component("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0", license: .license(id: "BUSL-1.1"), line: 60),
            TestSupport.component("pkg:maven/a/old@1.4.2", license: .license(id: "BUSL-1.1"), line: 61),
            TestSupport.component("pkg:maven/a/new@2.1.0", license: .license(id: "BUSL-1.1"), line: 62),
        ]))
        let findings = try judge("""
            licenses:
              deny: [source-available]
            exceptions:
              - purl: "pkg:maven/com.oracle.database.jdbc/ojdbc11@*"
                reason: "Oracle database until the 2027 migration"
                exit-plan: docs/exit/oracle.md
                expires: 2027-06-30
              - purl: "pkg:maven/a/*"
                versions: "[1.0,2.0)"
                reason: "old line"
              - purl: "pkg:maven/a/new"
                reason: "only vendor rules"
                rules: [vendor-denied]
            """, subject)
        let byName = Dictionary(grouping: findings) { $0.component?.name ?? "policy" }
        #expect(byName["ojdbc11"]?.first?.waiver?.contains("Oracle database until the 2027 migration") == true)
        #expect(byName["ojdbc11"]?.first?.fails == false)
        #expect(byName["old"]?.first?.waiver != nil)
        #expect(byName["new"]?.first?.waiver == nil, "2.1.0 is outside [1.0,2.0) and the third exception waives other rules")
        #expect(byName["new"]?.first?.fails == true)
        #expect(rules(byName["policy"] ?? []) == ["exception-unused"])
        #expect(byName["policy"]?.first?.location?.line == 11)
    }

    @Test func expiredExceptionsWaiveNothingAndAreFindings() throws {
        let subject = PolicySubject(inventory: Self.system([
            TestSupport.component("pkg:maven/a/busl@1", license: .license(id: "BUSL-1.1"), line: 70),
        ]))
        let policy = """
            licenses:
              deny: [source-available]
            exceptions:
              - purl: "pkg:maven/a/busl"
                reason: "until the rewrite"
                expires: 2026-06-30
            """
        let after = try judge(policy, subject)
        #expect(Set(rules(after)) == ["license-denied", "exception-expired"])
        #expect(after.allSatisfy { $0.fails })
        #expect(after.first { $0.rule == .exceptionExpired }?.location?.line == 4)
        // On the day of expiry the exception still holds.
        let onTheDay = try judge(policy, subject, today: PolicyDate("2026-06-30")!)
        #expect(rules(onTheDay).sorted() == ["exception-expiring", "license-denied"])
        #expect(onTheDay.first { $0.rule == .licenseDenied }?.waiver != nil)
        #expect(!onTheDay.contains { $0.fails })
    }

    @Test func exceptionsLongerThanTheHorizon() throws {
        let subject = PolicySubject(inventory: Self.system([
            TestSupport.component("pkg:maven/a/busl@1", license: .license(id: "BUSL-1.1"), line: 70),
        ]))
        let findings = try judge("""
            extends: [bankdata]
            exceptions:
              - purl: "pkg:maven/a/busl"
                reason: "two years"
                expires: 2028-11-29
              - purl: "pkg:maven/a/busl"
                reason: "within nine months"
                expires: 2027-08-29
              - purl: "pkg:maven/a/busl"
                reason: "no end"
            """, subject)
        let tooLong = findings.filter { $0.rule == .exceptionTooLong }
        #expect(tooLong.map { $0.location?.line } == [3, 9])
        #expect(tooLong.allSatisfy { $0.severity == .warning })
        #expect(tooLong[0].message.contains("until 2027-08-29"))
    }

    @Test func findingsAreSortedAndDeterministic() throws {
        let subject = PolicySubject(inventory: Self.system([
            TestSupport.component("pkg:maven/a/z@1", license: .license(id: "GPL-3.0-only"), line: 9),
            TestSupport.component("pkg:maven/a/y@1", license: .license(id: "GPL-3.0-only"), line: 3),
        ]))
        let first = try judge("licenses:\n  deny: [GPL-3.0-only]\n", subject)
        let second = try judge("licenses:\n  deny: [GPL-3.0-only]\n", subject)
        #expect(first == second)
        #expect(first.map { $0.location?.line } == [3, 9])
    }
}
