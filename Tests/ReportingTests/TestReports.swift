import Classification
import Foundation
import Reporting
import SovScanModel

/// Classifications and analysis figures for `TestInventories.rich()`, written by hand as the later stages
/// would produce them, with hostile text in a vendor, a technology, a risk and a finding.
enum TestReports {
    static let hostile = TestInventories.hostile

    static func vendor(_ name: String, country: String?, bloc: Bloc, governance: Governance) -> VendorFacts {
        VendorFacts(Vendor(id: name.lowercased(), name: name, country: country, bloc: bloc, governance: governance, sources: ["https://example.org"]))
    }

    static func classification(_ purl: String, level: StackLevel?, technology: String, vendor: VendorFacts?, oss: Bool?, seal: Int?,
                               firstParty: Bool = false, ships: Bool = true, binding: BindingFacts? = nil) -> Classification {
        Classification(purl: TestInventories.purl(purl), level: level, technology: technology, technologyRule: nil, vendor: vendor,
                       bloc: vendor?.bloc ?? .unknown, governance: vendor?.governance, binding: binding, relicensing: [],
                       license: LicenseFacts(category: oss == true ? .permissive : (oss == false ? .proprietary : .unknown), isOSS: oss),
                       isFirstParty: firstParty, ships: ships, seal: seal, explanation: [])
    }

    static func classified() -> ClassifiedSystem {
        let broadcom = vendor("Broadcom", country: "US", bloc: .us, governance: .company)
        let google = vendor("Google", country: "US", bloc: .us, governance: .company)
        let eclipse = vendor("Eclipse Foundation", country: "BE", bloc: .eu, governance: .foundation)
        let evil = vendor(hostile, country: "DK", bloc: .eu, governance: .community)
        let evilPurl = (try? PackageURL(type: "npm", namespace: "@evil", name: "x", version: "1.0.0"))?.description ?? ""
        return ClassifiedSystem(name: "kommune-sag", classifications: [
            classification("pkg:maven/dk.kommune/sag-service@1.0.0", level: .backend, technology: "sag-service", vendor: nil, oss: nil, seal: nil, firstParty: true),
            classification("pkg:maven/org.springframework/spring-core@6.1.14", level: .backend, technology: "Spring", vendor: broadcom, oss: true, seal: 2),
            classification("pkg:maven/jakarta.servlet/jakarta.servlet-api@6.0.0", level: .middleware, technology: "Jakarta EE", vendor: eclipse, oss: true, seal: 4),
            classification("pkg:maven/junit/junit@4.13.2", level: .developmentTooling, technology: "JUnit", vendor: nil, oss: true, seal: 2, ships: false),
            classification("pkg:npm/%40angular/core@18.2.8", level: .frontend, technology: "Angular", vendor: google, oss: true, seal: 2),
            classification("pkg:npm/tslib@2.7.0", level: .frontend, technology: "tslib", vendor: nil, oss: true, seal: 2),
            classification("pkg:npm/fsevents@2.3.3", level: .developmentTooling, technology: "fsevents", vendor: nil, oss: nil, seal: 1, ships: false),
            classification(evilPurl, level: .frontend, technology: hostile, vendor: evil, oss: false, seal: 1),
        ])
    }

    /// Coverage figures of `units` units, `unknown` of them unknown, `oss` of them OSS (band given where at least
    /// 80 % are known, as the analysis does).
    static func coverage(units: Int, oss: Int, unknown: Int = 0) -> ShareCoverage {
        ShareCoverage(units: units, unknown: unknown, coverage: units > 0 ? Double(units - unknown) / Double(units) : nil,
                      shareCountingUnknownAsNotOSS: units > 0 ? Double(oss) / Double(units) : nil,
                      insufficientData: units > 0 && (units - unknown) * 100 < 80 * units)
    }

    static func figures() -> SystemFigures {
        let levels: [SystemFigures.Level] = [
            .init(level: .frontend, technologies: 3, ossTechnologies: 2, share: 2.0 / 3.0, band: .predominantlyOSS,
                  coverage: coverage(units: 3, oss: 2)),
            .init(level: .backend, technologies: 1, ossTechnologies: 1, share: 1, band: .primarilyOSS, coverage: coverage(units: 1, oss: 1)),
            .init(level: .database, technologies: 1, ossTechnologies: 0, share: 0, band: .limitedOSS, coverage: coverage(units: 1, oss: 0)),
            .init(level: .programmingLanguage, technologies: 0, ossTechnologies: 0, share: nil, band: nil, coverage: coverage(units: 0, oss: 0)),
            .init(level: .middleware, technologies: 1, ossTechnologies: 1, share: 1, band: .primarilyOSS, coverage: coverage(units: 1, oss: 1)),
            .init(level: .dataTechnology, technologies: 4, ossTechnologies: 1, unknownTechnologies: 3, share: 1, band: nil,
                  coverage: coverage(units: 4, oss: 1, unknown: 3)),
            .init(level: .opsSupport, technologies: 0, ossTechnologies: 0, share: nil, band: nil, coverage: coverage(units: 0, oss: 0)),
            .init(level: .cloudHosting, technologies: 1, ossTechnologies: 0, share: 0, band: .limitedOSS, coverage: coverage(units: 1, oss: 0)),
            .init(level: .platform, technologies: 0, ossTechnologies: 0, share: nil, band: nil, coverage: coverage(units: 0, oss: 0)),
        ]
        return SystemFigures(
            system: "kommune-sag", ossShare: 5.0 / 8.0, band: nil, coverage: coverage(units: 11, oss: 5, unknown: 3),
            groups: [.init(group: .applikation, share: 5.0 / 7.0, band: nil, coverage: coverage(units: 10, oss: 5, unknown: 3)),
                     .init(group: .infrastruktur, share: 0, band: .limitedOSS, coverage: coverage(units: 1, oss: 0))],
            levels: levels, seal: 2, sealDistribution: [0, 1, 3, 0, 1],
            blocs: [BlocCount(bloc: .us, components: 2), BlocCount(bloc: .eu, components: 2), BlocCount(bloc: .unknown, components: 1)],
            vendors: [.init(name: "Broadcom", country: "US", bloc: .us, components: 1), .init(name: hostile, country: "DK", bloc: .eu, components: 1, presumed: 1)],
            bindings: [.init(platform: "Amazon Web Services", vendor: "Amazon", bloc: .us, proprietary: true, components: ["software.amazon.awssdk:s3"])],
            risks: [.init(kind: "relicensing", severity: .warning, message: "Elasticsearch moved to SSPL/Elastic in 7.11", components: ["elasticsearch"]),
                    .init(kind: "unknown-licence", severity: .note, message: hostile, components: [hostile])]
        )
    }

    static func input(findings: [ReportFinding]? = [ReportFinding(rule: "licence.deny", severity: .error, message: "GPL-3.0-only is denied: " + hostile,
                                                                   location: "frontend/package-lock.json:12:5"),
                                                     ReportFinding(rule: "share.min", severity: .warning, message: "stale-finding", status: .baselined)]) -> ReportInput {
        ReportInput(inventory: TestInventories.rich(), classifications: [classified()], figures: [figures()], findings: findings)
    }
}
