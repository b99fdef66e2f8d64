import Analysis
import Classification
import Foundation
import Reporting
import SovScanModel

/// Report inputs with every section filled: a checked system (every kind of risk, bindings, the units counted
/// per level, a SEAL minimum, findings of several rules in every status) and a portfolio of systems with
/// systems.yml metadata. Names are Danish or technical, so an English word in a Danish report can only come
/// from sovscan's own text.
enum ReportSamples {
    static let context = ReportContext(toolVersion: "0.0.0-test", timestamp: Date(timeIntervalSince1970: 1_796_486_580),
                                       rulesVersion: "format 1, rules 00ff00ff00ff00ff")

    /// The checked system: `TestReports`' figures with risks of every kind, named bindings and counted units.
    static func checkedFigures(name: String = "kommune-sag") -> SystemFigures {
        var figures = TestReports.figures()
        figures.system = name
        figures.levels[0].members = [
            .init(name: "Angular", isOSS: true, licences: ["MIT"], vendors: ["Google"]),
            .init(name: "tslib", isOSS: true, licences: ["0BSD"]),
            .init(name: "@evil/x", isOSS: false, licences: ["LicenseRef-proprietær"], vendors: ["Ondsindet ApS"]),
        ]
        figures.levels[7].members = [.init(name: "AWS", isOSS: false, vendors: ["Amazon"], isBinding: true)]
        figures.bindings = [
            .init(platform: "AWS", vendor: "Amazon", bloc: .us, proprietary: true, kind: .cloud, hasExitPlan: false, components: ["software.amazon.awssdk:s3"]),
            .init(platform: "Datadog", vendor: "Datadog", bloc: .us, proprietary: true, kind: .observability, hasExitPlan: true, components: ["dd-trace"]),
        ]
        figures.risks = [
            .init(kind: "proprietary", severity: .error, message: "proprietary licence", subject: "@evil/x", detail: .proprietaryLicence, components: ["@evil/x"]),
            .init(kind: "source-available", severity: .error, message: "source-available licence (not OSS)", subject: "Elasticsearch",
                  detail: .sourceAvailableLicence, components: ["elasticsearch"]),
            .init(kind: "relicensed", severity: .error, message: "Elasticsearch changed licence Apache-2.0 → SSPL-1.0 for versions >= 7.11.0 (2021-01-14)",
                  subject: "Elasticsearch", detail: .relicensed(project: "Elasticsearch", from: "Apache-2.0", to: "SSPL-1.0", versions: ">= 7.11.0",
                                                                 date: "2021-01-14"), components: ["elasticsearch"]),
            .init(kind: "non-eu-single-company", severity: .warning, message: "controlled by one company outside the EU: Google (US)",
                  subject: "Angular", detail: .nonEUCompany(vendor: "Google", country: "US"), components: ["@angular/core"]),
            .init(kind: "binding-without-exit-plan", severity: .error, message: "bound to the proprietary cloud service AWS (us) without a documented exit plan",
                  subject: "AWS", detail: .bindingWithoutExitPlan(platform: "AWS", kind: .cloud, bloc: .us), components: ["software.amazon.awssdk:s3"]),
            .init(kind: "unknown-license", severity: .warning, message: "licence unknown", subject: "fsevents", detail: .unknownLicence, components: ["fsevents"]),
        ]
        figures.vendors = [.init(name: "Google", country: "US", bloc: .us, components: 2), .init(name: "Netcompany", country: "DK", bloc: .eu, components: 1)]
        figures.sealMinimum = 1
        figures.sealMinimumComponents = ["@evil/x", "fsevents"]
        figures.excluded = .init(notShipping: 2, developmentTooling: 1, withoutLevel: 0, unresolvedVersions: 1)
        return figures
    }

    /// Findings of several rules: active, waived and baselined.
    static let findings: [ReportFinding] = [
        ReportFinding(rule: "license-denied", severity: .error, message: "x is licensed GPL-3.0-only; GPL-3.0-only is denied by the policy",
                      location: "frontend/package-lock.json:12:5", component: "@evil/x@1.0.0", subject: "GPL-3.0-only"),
        ReportFinding(rule: "binding-without-exit-plan", severity: .error, message: "binds the system to AWS (cloud)",
                      location: "backend/pom.xml:40:9", component: "software.amazon.awssdk:s3@2.25.0", subject: "AWS",
                      status: .waived("pkg:maven/software.amazon.awssdk/* – exitplan/aws.md")),
        ReportFinding(rule: "share-below-minimum", severity: .error, message: "the OSS share of frontend is 67 %", location: ".sovscan.yml:8:3",
                      subject: "frontend", status: .baselined),
        ReportFinding(rule: "exception-unused", severity: .warning, message: "the exception for pkg:npm/lodash matches no finding; remove it",
                      location: ".sovscan.yml:20:5", subject: "pkg:npm/lodash"),
    ]

    /// The check report's input: one system, failing.
    static func check() -> ReportInput {
        var inventory = TestInventories.rich()
        inventory.systems[0].components.removeAll { $0.name == TestInventories.hostile }
        inventory.systems[0].components.removeAll { $0.name == "fsevents" }
        var input = ReportInput(inventory: inventory, classifications: [TestReports.classified()], figures: [checkedFigures()], findings: findings)
        input.checkPassed = false
        return input
    }

    /// A portfolio of `count` systems (the first is the checked one), with metadata, bands that differ per
    /// system, and two systems bound outside the EU.
    static func portfolio(systems count: Int = 3) -> ReportInput {
        let base = check()
        var systems: [SystemInventory] = []
        var figures: [SystemFigures] = []
        var metadata: [String: SystemMetadata] = [:]
        for index in 0..<count {
            var system = base.inventory.systems[0]
            system.name = index == 0 ? "kommune-sag" : String(format: "fagsystem-%03d", index)
            systems.append(system)
            var figure = checkedFigures(name: system.name)
            figure.ossShare = [0.9, 0.6, 0.3][index % 3]
            figure.band = [StilBand.primarilyOSS, .predominantlyOSS, .limitedOSS][index % 3]
            figure.coverage = TestReports.coverage(units: 10 + index % 7, oss: 5)
            figures.append(figure)
            metadata[system.name] = SystemMetadata(layer: index % 2 == 0 ? "fagsystemer" : "infrastruktur",
                                                   criticality: ["high", "medium", "low"][index % 3], personalData: index % 2 == 0)
        }
        let levels = StackLevel.allCases.compactMap { level -> PortfolioFigures.LevelBands? in
            guard level.group != nil else { return nil }
            return PortfolioFigures.LevelBands(level: level, systems: [.primarilyOSS: count / 3, .predominantlyOSS: count / 3,
                                                                       .limitedOSS: count - 2 * (count / 3)], insufficientData: 0)
        }
        let portfolio = PortfolioFigures(levels: levels, overall: .init(share: 0.6, band: .predominantlyOSS,
                                                                         coverage: TestReports.coverage(units: 100, oss: 60)),
                                         nonEUBindings: [.init(system: "kommune-sag", platforms: ["AWS", "Datadog"], components: 2)])
        let classifications = systems.map { ClassifiedSystem(name: $0.name, classifications: TestReports.classified().classifications) }
        var input = ReportInput(inventory: Inventory(systems: systems), classifications: classifications, figures: figures, portfolio: portfolio)
        input.metadata = metadata
        return input
    }
}
