import Analysis
import Classification
import Foundation
import Policy

/// The sentences of the reports, each as an English/Danish pair (the words are in `ReportLanguage.swift`).
extension ReportLabels {
    // MARK: - States of a report

    var needsClassification: String {
        pick("Needs classification: the rules were not applied in this run.", "Kræver klassifikation: reglerne blev ikke anvendt i denne kørsel.")
    }
    var needsAnalysis: String {
        pick("Needs analysis: the shares were not computed in this run.", "Kræver analyse: andelene blev ikke beregnet i denne kørsel.")
    }
    var noPolicy: String { pick("No policy was given (--policy).", "Der blev ikke angivet en politik (--policy).") }
    var policyPassed: String { pick("The policy passed: no findings.", "Politikken er overholdt: ingen fund.") }
    var incomplete: String {
        pick("The scan is incomplete: some manifests or fetched data could not be read (see Messages from the scan).",
             "Scanningen er ufuldstændig: nogle manifester eller hentede data kunne ikke læses (se Meddelelser fra scanningen).")
    }
    var componentsAppendixNote: String {
        pick("Every component of every system, for reference; the sections above are the report.",
             "Alle komponenter i alle systemer til opslag; afsnittene ovenfor er selve rapporten.")
    }
    func diagnosticsOnPages(_ count: Int) -> String {
        pick("The scan gave \(count) messages about the systems; each system's page lists its own.",
             "Scanningen gav \(count) meddelelser om systemerne; hvert systems side viser sine egne.")
    }

    // MARK: - Charts

    var chartDescription: String {
        let lower = percent(cutoffs.predominantFrom / 100), upper = percent(cutoffs.primaryAbove / 100)
        return pick("Horizontal bars give the open-source share of each STIL level; dashed lines mark the category cut-offs \(lower) and \(upper). The table below has the same figures.",
                    "Vandrette bjælker viser open source-andelen for hvert STIL-niveau; stiplede linjer markerer kategorigrænserne \(lower) og \(upper). Tabellen nedenfor har de samme tal.")
    }
    var portfolioChartDescription: String {
        pick("For each STIL level, how many of the portfolio's systems fall in each category; the full width is every system. The table below has the same figures.",
             "For hvert STIL-niveau, hvor mange af porteføljens systemer der falder i hver kategori; den fulde bredde er alle systemer. Tabellen nedenfor har de samme tal.")
    }

    // MARK: - Check verdict

    var passed: String { pick("PASSED", "BESTÅET") }
    var failed: String { pick("FAILED", "IKKE BESTÅET") }
    func verdictLine(_ passed: Bool) -> String {
        passed ? pick("The check passed: no finding fails the policy.", "Tjekket er bestået: intet fund strider mod politikken.")
            : pick("The check failed: see the findings below.", "Tjekket er ikke bestået: se fundene nedenfor.")
    }
    var incompleteFails: String {
        pick("The scan was incomplete, which fails the check.", "Scanningen var ufuldstændig, og det får tjekket til at fejle.")
    }
    var failing: String { pick("failing", "fejlende") }
    var warnings: String { pick("warnings", "advarsler") }
    var notes: String { pick("notes", "bemærkninger") }
    var waived: String { pick("waived", "undtaget") }
    var baselined: String { pick("in the baseline", "kendt fra referencegrundlaget") }
    func waivedBy(_ reason: String) -> String { pick("waived: ", "undtaget: ") + reason }

    // MARK: - Risks

    func riskKindName(_ kind: String) -> String {
        switch RiskKind(rawValue: kind) {
        case .proprietary: pick("Proprietary licence", "Proprietær licens")
        case .sourceAvailable: pick("Source-available licence", "Kildetilgængelig licens")
        case .relicensed: pick("Relicensing", "Licensskift")
        case .nonEUSingleCompany: pick("One company outside the EU", "Én virksomhed uden for EU")
        case .bindingWithoutExitPlan: pick("Binding without exit plan", "Binding uden exitplan")
        case .unknownLicense: pick("Unknown licence", "Ukendt licens")
        case nil: kind
        }
    }

    /// A risk in one sentence.
    func riskText(_ risk: SystemFigures.Risk) -> String {
        switch risk.detail {
        case .proprietaryLicence: pick("proprietary licence", "proprietær licens")
        case .sourceAvailableLicence: pick("source-available licence (not OSS)", "kildetilgængelig licens (ikke OSS)")
        case .unknownLicence: pick("licence unknown", "licensen er ukendt")
        case let .relicensed(project, from, to, versions, date):
            pick("\(project) changed licence from \(from) to \(to) for versions \(versions) (\(date))",
                 "\(project) skiftede licens fra \(from) til \(to) for versionerne \(versions) (\(date))")
        case let .nonEUCompany(vendor, country):
            pick("controlled by one company outside the EU: \(vendor) (\(countryName(country)))",
                 "kontrolleres af én virksomhed uden for EU: \(vendor) (\(countryName(country)))")
        case let .bindingWithoutExitPlan(platform, kind, bloc):
            pick("bound to the proprietary \(bindingKindName(kind)) service \(platform) (\(blocName(bloc))) without a documented exit plan",
                 "bundet til den proprietære \(bindingKindName(kind))-tjeneste \(platform) (\(blocName(bloc))) uden en dokumenteret exitplan")
        case .other(let message): message
        }
    }

    /// A country code as a name where the reports know it (`US` → `USA`), else the code.
    func countryName(_ code: String) -> String {
        switch code.uppercased() {
        case "US", "USA": pick("United States", "USA")
        case "GB", "UK": pick("United Kingdom", "Storbritannien")
        case "CN": pick("China", "Kina")
        case "CH": pick("Switzerland", "Schweiz")
        case "DK": pick("Denmark", "Danmark")
        case "DE": pick("Germany", "Tyskland")
        case "FR": pick("France", "Frankrig")
        case "NL": pick("Netherlands", "Holland")
        case "SE": pick("Sweden", "Sverige")
        case "NO": pick("Norway", "Norge")
        case "FI": pick("Finland", "Finland")
        case "BE": pick("Belgium", "Belgien")
        case "IE": pick("Ireland", "Irland")
        case "CA": pick("Canada", "Canada")
        case "JP": pick("Japan", "Japan")
        case "KR": pick("South Korea", "Sydkorea")
        case "IL": pick("Israel", "Israel")
        case "IN": pick("India", "Indien")
        case "RU": pick("Russia", "Rusland")
        default: code
        }
    }

    // MARK: - Policy findings

    /// A policy rule by what it checks (its id stays in the machine formats).
    func ruleName(_ rule: String) -> String {
        switch RuleID(rawValue: rule) {
        case .licenseDenied: pick("Licence on the deny list", "Licens på afvisningslisten")
        case .licenseNotAllowed: pick("Licence not on the allow list", "Licens ikke på godkendelseslisten")
        case .licenseUnknown: pick("Licence unknown", "Ukendt licens")
        case .packageDenied: pick("Package on the deny list", "Pakke på afvisningslisten")
        case .vendorDenied: pick("Vendor denied", "Afvist leverandør")
        case .blocDenied: pick("Jurisdiction denied", "Afvist jurisdiktion")
        case .bindingWithoutExitPlan: pick("Binding without exit plan", "Binding uden exitplan")
        case .bindingBlocNotAllowed: pick("Binding outside the allowed jurisdictions", "Binding uden for de tilladte jurisdiktioner")
        case .relicensedVersion: pick("Version after a licence change", "Version efter licensskift")
        case .sealBelowMinimum: pick("Component below the SEAL minimum", "Komponent under SEAL-minimum")
        case .systemSealBelowMinimum: pick("System below the SEAL minimum", "System under SEAL-minimum")
        case .shareBelowMinimum: pick("OSS share below the minimum", "OSS-andel under minimum")
        case .exceptionExpired: pick("Exception expired", "Undtagelse udløbet")
        case .exceptionExpiring: pick("Exception expires soon", "Undtagelse udløber snart")
        case .exceptionUnused: pick("Exception unused", "Ubrugt undtagelse")
        case .exceptionTooLong: pick("Exception runs too long", "Undtagelse løber for længe")
        case nil: rule
        }
    }

    /// What a finding says: in English the policy's own sentence; in Danish the rule's description and what it
    /// looked at (the policy writes its sentences in English only).
    func findingText(_ finding: ReportFinding) -> String {
        guard language == .da else { return finding.message }
        let description: String = switch RuleID(rawValue: finding.rule) {
        case .licenseDenied: "Komponentens licens står på politikkens afvisningsliste"
        case .licenseNotAllowed: "Komponentens licens står ikke på politikkens godkendelsesliste"
        case .licenseUnknown: "Komponentens licens kunne ikke fastslås"
        case .packageDenied: "Pakken står på politikkens afvisningsliste"
        case .vendorDenied: "Komponenten kommer fra en leverandør, som politikken afviser"
        case .blocDenied: "Komponentens leverandør har hjemsted i en jurisdiktion, som politikken afviser"
        case .bindingWithoutExitPlan: "Komponenten binder systemet til en udbyders tjeneste uden en exitplan"
        case .bindingBlocNotAllowed: "Platformens udbyder ligger uden for de jurisdiktioner, politikken tillader"
        case .relicensedVersion: "Versionen er udgivet, efter projektet forlod open source"
        case .sealBelowMinimum: "Komponentens SEAL-niveau er under politikkens minimum"
        case .systemSealBelowMinimum: "Systemets SEAL-niveau er under politikkens minimum"
        case .shareBelowMinimum: "OSS-andelen for niveauet eller gruppen er under politikkens minimum"
        case .exceptionExpired: "Undtagelsen er udløbet og undtager ikke længere noget"
        case .exceptionExpiring: "Undtagelsen udløber snart: forny den eller gør exitplanen færdig"
        case .exceptionUnused: "Undtagelsen passer ikke på nogen komponent: fjern den"
        case .exceptionTooLong: "Undtagelsen løber længere end politikkens horisont tillader"
        case nil: "Fund fra reglen " + finding.rule
        }
        return finding.subject.isEmpty ? description + "." : description + " (" + finding.subject + ")."
    }

    // MARK: - Method

    func methodUnit() -> String {
        unit == .technology
            ? pick("The unit counted is the technology, as STIL counts (--count-by): the packages a rule groups (Spring, Angular) are one technology; without a rule, the Maven groupId, the npm package's namespace or the Swift package's repository is the group. A technology is OSS when all its shipping components are.",
                   "Den optalte enhed er teknologien, som STIL tæller (--count-by): de pakker, en regel samler (Spring, Angular), er én teknologi; uden en regel er gruppen Mavens groupId, npm-pakkens navnerum eller Swift-pakkens kodearkiv. En teknologi er OSS, når alle dens komponenter, der leveres med, er det.")
            : pick("The unit counted is the component (--count-by): every shipping third-party package counts once.",
                   "Den optalte enhed er komponenten (--count-by): hver tredjepartspakke, der leveres med, tælles én gang.")
    }

    /// The counting unit in a few words.
    var unitLine: String {
        unit == .technology ? pick("Unit counted: technology", "Optalt enhed: teknologi") : pick("Unit counted: component", "Optalt enhed: komponent")
    }

    func methodBands() -> String {
        pick("Categories: \(bandName(.primarilyOSS)) (share above \(number(cutoffs.primaryAbove))), \(bandName(.predominantlyOSS)) (from \(number(cutoffs.predominantFrom)) up to and including \(number(cutoffs.primaryAbove))), \(bandName(.limitedOSS)) (below \(number(cutoffs.predominantFrom))).",
             "Kategorier: \(bandName(.primarilyOSS)) (andel over \(number(cutoffs.primaryAbove))), \(bandName(.predominantlyOSS)) (fra \(number(cutoffs.predominantFrom)) til og med \(number(cutoffs.primaryAbove))), \(bandName(.limitedOSS)) (under \(number(cutoffs.predominantFrom))).")
    }

    func methodCoverage() -> String {
        pick("A share leaves out units whose licence is unknown; it gets a category only when the licence is known for at least \(percent(cutoffs.minCoverage / 100)) of its units (--min-coverage) and not only platform bindings are known. The column \(shareUnknownAsNotOSS) shows the share if every unknown were not OSS.",
             "En andel udelader enheder med ukendt licens; den får kun en kategori, når licensen er kendt for mindst \(percent(cutoffs.minCoverage / 100)) af enhederne (--min-coverage), og ikke kun platformbindinger er kendt. Kolonnen \(shareUnknownAsNotOSS) viser andelen, hvis alle ukendte ikke var OSS.")
    }

    var rulesVersion: String { pick("Rules version", "Regelversion") }
    var notRecorded: String { pick("not recorded", "ikke registreret") }
    func madeAt(_ date: Date) -> String { pick("Report made \(self.date(date)).", "Rapporten er lavet \(self.date(date)).") }

    var methodExcluded: String {
        pick("Only what ships is counted: test and development dependencies, build and test tooling, and the system's own components (own development) are left out of the shares and listed below per system.",
             "Kun det, der leveres med, tælles: test- og udviklingsafhængigheder, bygge- og testværktøjer og systemets egne komponenter (egenudvikling) er udeladt af andelene og opgjort nedenfor pr. system.")
    }

    var methodSEAL: String {
        pick("SEAL levels follow the EU Commission's sovereignty scale, from SEAL-0 (no sovereignty) to SEAL-4 (full), per component from licence, governance, jurisdiction and platform binding. A system reaches the level of its weakest shipping component (the minimum); the median describes the typical component.",
             "SEAL-niveauerne følger EU-Kommissionens suverænitetsskala fra SEAL-0 (ingen suverænitet) til SEAL-4 (fuld), pr. komponent ud fra licens, styring, jurisdiktion og platformbinding. Et system når niveauet for sin svageste komponent, der leveres med (minimum); medianen beskriver den typiske komponent.")
    }

    var methodInfrastructure: String {
        pick("The Infrastruktur levels are inferred: an open SDK that ties the system to a provider's proprietary service (a cloud, a hosted database, monitoring) counts as that platform, with its vendor, at Cloud and hosting or Platform; infrastructure files (Terraform, containers, CI) add their own evidence.",
             "Infrastruktur-niveauerne er udledt: et åbent SDK, der binder systemet til en udbyders proprietære tjeneste (en cloud, en hostet database, overvågning), tælles som den platform med dens leverandør under Cloud og hosting eller Platform; infrastrukturfiler (Terraform, containere, CI) giver deres egne spor.")
    }

    var methodUnknownsHeading: String { pick("What is not known, per system", "Hvad der ikke er kendt, pr. system") }
    var notShipping: String { pick("Not shipping (test, development)", "Leveres ikke med (test, udvikling)") }
    var developmentTooling: String { pick("Build and test tooling", "Bygge- og testværktøjer") }
    var withoutLevel: String { pick("Without a level", "Uden niveau") }
    var unknownLicences: String { pick("Units with unknown licence", "Enheder med ukendt licens") }
    var unresolvedVersions: String { pick("Components without a resolved version", "Komponenter uden fastlagt version") }
    var scanErrors: String { pick("Errors while reading (missing POMs, unreadable files)", "Fejl under læsning (manglende POM'er, ulæselige filer)") }
}
