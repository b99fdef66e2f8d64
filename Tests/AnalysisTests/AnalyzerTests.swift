import Foundation
import Testing
@testable import Analysis
import Classification
import SovScanModel

@Suite struct AnalyzerTests {
    let broadcom = vendor("broadcom", .us, .company, country: "US")
    let apache = vendor("apache", .us, .foundation, country: "US")
    let digst = vendor("digst", .eu, .publicSector, country: "DK")
    let amazon = vendor("amazon", .us, .company, country: "US")

    /// A backend with Spring (3 components, one proprietary), Apache Commons (OSS), an unknown-licence library,
    /// a first-party module, a test-only tool, a development-tooling runtime component and an AWS SDK.
    var system: ClassifiedSystem {
        let aws = BindingFacts(rule: "aws", platform: "AWS", kind: .cloud, proprietary: true, vendor: amazon)
        return ClassifiedSystem(name: "sys", classifications: [
            classified("pkg:maven/org.springframework/spring-core@6.1.0", level: .backend, technology: "Spring",
                       oss: true, vendor: broadcom, seal: 2),
            classified("pkg:maven/org.springframework/spring-web@6.1.0", level: .backend, technology: "Spring",
                       oss: true, vendor: broadcom, seal: 2),
            classified("pkg:maven/org.springframework/spring-pro@6.1.0", level: .backend, technology: "Spring",
                       oss: false, vendor: broadcom, seal: 0),
            classified("pkg:maven/org.apache.commons/commons-lang3@3.14.0", level: .backend,
                       technology: "Apache Commons", oss: true, vendor: apache, seal: 3),
            classified("pkg:maven/org.mystery/lib@1.0", level: .backend, technology: "org.mystery", oss: nil, seal: 1),
            classified("pkg:maven/dk.digst/oiosaml3.java@3.2.2", level: .backend, technology: "OIOSAML",
                       oss: true, vendor: digst, seal: 4),
            classified("pkg:maven/org.postgresql/postgresql@42.7.4", level: .database, technology: "PostgreSQL JDBC",
                       oss: true, seal: 2),
            classified("pkg:maven/com.example/app@1.0", level: .backend, technology: "com.example", oss: nil,
                       firstParty: true),
            classified("pkg:maven/org.junit/junit@5", level: .developmentTooling, technology: "JUnit", oss: true,
                       ships: false),
            classified("pkg:maven/org.projectlombok/lombok@1.18", level: .developmentTooling, technology: "Lombok",
                       oss: true),
            classified("pkg:generic/thing@1", level: nil, technology: "thing", oss: true, seal: 2),
            classified("pkg:maven/software.amazon.awssdk/s3@2.25.0", level: .backend, technology: "AWS SDK",
                       oss: true, vendor: amazon, binding: aws, seal: 1),
        ])
    }

    @Test func sharesByTechnology() throws {
        let analysis = Analyzer().analyse(system)
        let backend = try #require(analysis.levels.first { $0.level == .backend })
        // Technologies: Spring (not OSS: one component is), Apache Commons, org.mystery (unknown), OIOSAML, AWS SDK.
        #expect(backend.count.oss == 3)
        #expect(backend.count.notOSS == 1)
        #expect(backend.count.unknown == 1)
        #expect(backend.count.firstParty == 1)
        #expect(backend.count.share == 0.75)
        #expect(backend.count.band == .predominant)
        #expect(backend.units.map(\.name) == ["AWS SDK", "Apache Commons", "OIOSAML", "Spring", "org.mystery"])
        #expect(backend.units.first { $0.name == "Spring" }?.components == 3)
        let database = try #require(analysis.levels.first { $0.level == .database })
        #expect(database.count.share == 1)
        #expect(database.count.band == .primary)
        // Empty level: nothing counted, no share, no band.
        let frontend = try #require(analysis.levels.first { $0.level == .frontend })
        #expect(frontend.count.total == 0 && frontend.count.share == nil && frontend.count.band == nil)
        #expect(analysis.levels.map(\.level) == [.frontend, .backend, .database, .programmingLanguage, .middleware,
                                                 .dataTechnology, .opsSupport, .cloudHosting, .platform])
    }

    @Test func sharesByComponent() throws {
        let analysis = Analyzer(options: AnalysisOptions(countBy: .component)).analyse(system)
        let backend = try #require(analysis.levels.first { $0.level == .backend })
        #expect(backend.count.oss == 5)
        #expect(backend.count.notOSS == 1)
        #expect(backend.count.unknown == 1)
        #expect(backend.count.share == 5.0 / 6.0)
        #expect(backend.count.band == .primary)
    }

    @Test func bindingsCountAtInfrastrukturAsTheirPlatform() throws {
        let analysis = Analyzer().analyse(system)
        let hosting = try #require(analysis.levels.first { $0.level == .cloudHosting })
        #expect(hosting.units == [CountedUnit(name: "AWS", verdict: .notOSS, components: 0, isBinding: true)])
        #expect(hosting.count.share == 0)
        let infrastruktur = try #require(analysis.groups.first { $0.group == .infrastruktur })
        #expect(infrastruktur.count.notOSS == 1 && infrastruktur.count.oss == 0)
        #expect(infrastruktur.count.band == nil && infrastruktur.count.insufficientData,
                "the AWS binding is the only unit: a binding alone makes no band")
        #expect(infrastruktur.count.platformBindings == 1 && infrastruktur.count.coverage == 1)
        let applikation = try #require(analysis.groups.first { $0.group == .applikation })
        #expect(applikation.count.oss == 4 && applikation.count.notOSS == 1 && applikation.count.unknown == 1)
        #expect(analysis.overall.oss == 4 && analysis.overall.notOSS == 2)
        #expect(analysis.bindings.count == 1)
        #expect(analysis.bindings.first?.hasExitPlan == false)
        #expect(analysis.bindings.first?.components == ["pkg:maven/software.amazon.awssdk/s3@2.25.0"])
    }

    /// Several rules of one platform (Firebase's SDK and the Google libraries it brings) are listed by rule id
    /// within the platform: their order does not depend on how a dictionary happened to hash them (issue 17's
    /// byte-identical outputs met an iOS app whose two Firebase bindings swapped places from one run to the next).
    @Test func bindingsOfOnePlatformAreOrderedByRule() {
        let google = vendor("google", .us, .company, country: "US")
        let rules = ["firebase", "firebase-analytics", "firebase-crashlytics", "firebase-swift", "google-app-check"]
        let system = ClassifiedSystem(name: "app", classifications: rules.reversed().map { rule in
            classified("pkg:swift/github.com/google/\(rule)@11.10.0", level: .platform, technology: rule, oss: true,
                       vendor: google, binding: BindingFacts(rule: rule, platform: "Firebase", kind: .saasAPI,
                                                             proprietary: true, vendor: google))
        })
        for _ in 0..<20 {
            #expect(Analyzer().analyse(system).bindings.map(\.rule) == rules)
        }
    }

    @Test func totalsAccountForEveryComponent() {
        let totals = Analyzer().analyse(system).totals
        #expect(totals.all == 12)
        #expect(totals.firstParty == 1)
        #expect(totals.notShipping == 1)
        #expect(totals.developmentTooling == 1)
        #expect(totals.withoutLevel == 1)
        #expect(totals.counted == 8)
        #expect(totals.firstParty + totals.notShipping + totals.developmentTooling + totals.withoutLevel
                + totals.counted == totals.all)
    }

    @Test func originConcentrationAndSeal() throws {
        let analysis = Analyzer().analyse(system)
        // Population: 9 shipping third-party components outside development tooling.
        let us = try #require(analysis.byBloc.first { $0.key == "US" })
        #expect(us.components == 5)
        #expect(analysis.byBloc.map(\.key) == ["US", "unknown", "EU"])
        #expect(analysis.byBloc.first { $0.key == "unknown" }?.components == 3)
        #expect(analysis.byVendor.first?.key == "broadcom")
        #expect(analysis.concentration.topVendor == "broadcom")
        #expect(analysis.concentration.topVendorComponents == 3)
        #expect(analysis.concentration.topVendorShare == 3.0 / 9.0)
        // broadcom 3, then amazon, apache and digst with 1 each (ties by id): 3 + 1 + 1.
        #expect(analysis.concentration.topThreeShare == 5.0 / 9.0)
        #expect(analysis.seal.counts == ["0": 1, "1": 2, "2": 4, "3": 1, "4": 1])
        #expect(analysis.seal.minimum == 0)
        #expect(analysis.seal.median == 2)
    }

    /// A vendor presumed from where a package is published (no rule names its steward) is counted with the named
    /// ones of the same vendor and bloc, and apart as `presumed`, so a report can say how much rests on presumption.
    @Test func presumedVendorsAreCountedApart() throws {
        let independent = vendor("independent", .unknown, .community)
        var presumed = independent
        presumed.presumed = true
        let analysis = Analyzer().analyse(ClassifiedSystem(name: "sys", classifications: [
            classified("pkg:npm/left-pad@1.3.0", level: .backend, technology: "left-pad", oss: true, vendor: presumed),
            classified("pkg:npm/tiny-kit@1.0.0", level: .backend, technology: "tiny-kit", oss: true, vendor: presumed),
            classified("pkg:npm/chalk@5.0.0", level: .backend, technology: "chalk", oss: true, vendor: independent),
            classified("pkg:npm/express@4.21.2", level: .backend, technology: "Express", oss: true,
                       vendor: vendor("openjs", .us, .foundation)),
            classified("pkg:npm/%40acme/sdk@1.0.0", level: .backend, technology: "@acme", oss: true),
        ]))
        let named = try #require(analysis.byVendor.first { $0.key == "independent" })
        #expect(named.components == 3)
        #expect(named.presumed == 2)
        #expect(analysis.byVendor.first { $0.key == "openjs" }?.presumed == 0)
        #expect(analysis.byVendor.first { $0.key == "unknown" }?.components == 1)
        #expect(analysis.byBloc.first { $0.key == "unknown" }?.presumed == 2)
        // Documents written before the count existed read as none presumed.
        let old = try JSONDecoder().decode(OriginShare.self, from: Data(#"{"key":"us","name":"US","components":2,"share":0.5}"#.utf8))
        #expect(old.presumed == 0 && old.components == 2)
    }

    @Test func risks() throws {
        let analysis = Analyzer().analyse(system)
        let kinds = analysis.risks.map(\.kind)
        #expect(kinds.contains(.proprietary))
        #expect(kinds.contains(.unknownLicense))
        #expect(kinds.contains(.nonEUSingleCompany))
        #expect(kinds.contains(.bindingWithoutExitPlan))
        let proprietary = try #require(analysis.risks.first { $0.kind == .proprietary })
        #expect(proprietary.subject == "Spring")
        #expect(proprietary.components == ["pkg:maven/org.springframework/spring-pro@6.1.0"])
        let company = try #require(analysis.risks.first { $0.kind == .nonEUSingleCompany && $0.subject == "Spring" })
        #expect(company.components.count == 3)
        #expect(!analysis.risks.contains { $0.kind == .nonEUSingleCompany && $0.subject == "OIOSAML" })
        #expect(analysis.risks.first?.severity == .high)
        let withPlan = Analyzer(options: AnalysisOptions(exitPlans: .platforms(["aws"]))).analyse(system)
        #expect(!withPlan.risks.contains { $0.kind == .bindingWithoutExitPlan })
        #expect(withPlan.bindings.first?.hasExitPlan == true)
    }

    /// The analysis asks the exit-plan register: a plan covers a binding by platform, rule id or the bound
    /// components' purls, for its systems only.
    @Test func theExitPlanRegisterDecidesWhichBindingsHaveAPlan() throws {
        func hasPlan(_ plan: ExitPlan) -> Bool? {
            Analyzer(options: AnalysisOptions(exitPlans: ExitPlanRegister(plans: [plan]))).analyse(system).bindings.first?.hasExitPlan
        }
        let location = SourceLocation(file: "exit-plans.yml", line: 2)
        #expect(hasPlan(ExitPlan(id: "s3", platform: nil, purl: try PurlPattern("pkg:maven/software.amazon.awssdk/*"),
                                 plan: "docs/exit/s3.md", location: location)) == true)
        #expect(hasPlan(ExitPlan(id: "s3", platform: nil, purl: try PurlPattern("pkg:maven/com.azure/*"),
                                 plan: "docs/exit/azure.md", location: location)) == false)
        #expect(hasPlan(ExitPlan(id: "aws", platform: "AWS", purl: nil, systems: [system.name], plan: "x", location: location)) == true)
        #expect(hasPlan(ExitPlan(id: "aws", platform: "AWS", purl: nil, systems: ["another"], plan: "x", location: location)) == false)
        // In an analysis document the register is the list of its plan ids, as `exitPlans` was before the register.
        let options = AnalysisOptions(exitPlans: .platforms(["aws", "Oracle"]))
        let encoded = try JSONEncoder().encode(options)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["exitPlans"] as? [String] == ["Oracle", "aws"])
        #expect(try JSONDecoder().decode(AnalysisOptions.self, from: encoded).exitPlans.ids == ["aws", "Oracle"])
    }

    @Test func relicensingRisk() throws {
        let event = AppliedRelicensing(RelicensingEvent(
            id: "akka-bsl", project: "Akka", vendor: nil,
            patterns: [PatternSpec(pattern: try PurlPattern("pkg:maven/com.typesafe.akka/*"))],
            versions: try VersionRange(">= 2.7.0"), from: "Apache-2.0", to: "BUSL-1.1", ossAfter: false,
            date: "2022-09-07", sources: ["https://www.lightbend.com/akka/license-faq"]))
        let system = ClassifiedSystem(name: "s", classifications: [
            classified("pkg:maven/com.typesafe.akka/akka-actor_2.13@2.8.0", level: .middleware, technology: "Akka",
                       oss: true, relicensing: [event]),
        ])
        let analysis = Analyzer().analyse(system)
        let risk = try #require(analysis.risks.first { $0.kind == .relicensed })
        #expect(risk.severity == .high)
        #expect(risk.message.contains("Apache-2.0 → BUSL-1.1"))
        // The relicensing overrides the declared OSS licence in the share.
        #expect(analysis.levels.first { $0.level == .middleware }?.count.notOSS == 1)
    }

    @Test func allUnknownSystem() throws {
        let system = ClassifiedSystem(name: "u", classifications: [
            classified("pkg:npm/a@1", level: .frontend, technology: "a", oss: nil),
            classified("pkg:npm/b@1", level: .frontend, technology: "b", oss: nil),
        ])
        let analysis = Analyzer().analyse(system)
        let frontend = try #require(analysis.levels.first { $0.level == .frontend })
        #expect(frontend.count.unknown == 2)
        #expect(frontend.count.share == nil)
        #expect(frontend.count.band == nil)
        #expect(frontend.count.shareCountingUnknownAsNotOSS == 0)
        #expect(analysis.overall.share == nil)
        #expect(analysis.concentration.topVendor == nil)
        #expect(analysis.concentration.topVendorShare == 0)
    }

    @Test func emptySystem() {
        let analysis = Analyzer().analyse(ClassifiedSystem(name: "empty", classifications: []))
        #expect(analysis.levels.allSatisfy { $0.count.total == 0 && $0.count.band == nil })
        #expect(analysis.overall.share == nil)
        #expect(analysis.byBloc.isEmpty)
        #expect(analysis.concentration.topVendorShare == nil)
        #expect(analysis.seal.minimum == nil && analysis.seal.median == nil)
        #expect(analysis.risks.isEmpty)
    }
}

/// Issue 15, pattern 8: the technology count of a level groups components by the technology they count under.
@Suite struct CountedUnderTests {
    @Test func utilitiesDoNotAddTechnologiesToTheLevelOfWhatPullsThemIn() {
        var helper = classified("pkg:npm/pg-types@4.0.2", level: .database, technology: "pg-types", oss: true)
        helper.countedUnder = "node-postgres"
        var family = classified("pkg:npm/is-stream@2.0.1", level: .database, technology: "Sindre Sorhus utilities",
                                oss: nil)
        family.countedUnder = "node-postgres"
        let system = ClassifiedSystem(name: "api", classifications: [
            classified("pkg:npm/pg@8.13.0", level: .database, technology: "node-postgres", oss: true),
            helper, family,
            classified("pkg:npm/ioredis@5.4.1", level: .database, technology: "ioredis", oss: true),
        ])
        let database = Analyzer().analyse(system).levels.first { $0.level == .database }
        #expect(database?.units.map(\.name) == ["ioredis", "node-postgres"])
        #expect(database?.units.map(\.components) == [1, 3])
        // The family member's unknown licence makes the technology it counts under unknown, not a unit of its own.
        #expect(database?.count.unknown == 1)
        #expect(database?.count.oss == 1)
    }
}
