import SovScanModel

/// The bloc a Maven groupId's country domain shows, for a component that no rule names a vendor for.
///
/// A groupId is a reverse domain name, and Maven Central publishes under a domain namespace only to whoever proves
/// control of that domain (https://central.sonatype.org/register/namespace/). A groupId under a country's domain
/// (`dk.kvalitetsit`, `no.nav.foreldrepenger`, `ee.ria`, `uk.gov.hmcts`) was published by someone holding that
/// country's domain, which places the publisher in its jurisdiction far more often than not. Country domains that
/// are widely used as generic names (`.io`, `.co`, `.me`, `.ai`, `.tv` and the like, and `.nu`, "now" in the
/// Scandinavian languages) tell nothing and are not in the table; `.eu` is the EU's own, and `.gov` and `.mil` are
/// the United States government's (only its bodies may register them: https://get.gov/domains/requirements/; the
/// Centers for Medicare & Medicaid Services publish AB2D's libraries under `gov.cms.ab2d`).
enum GroupDomainSeat {
    /// The seat a component's groupId shows: the domain, the country (ISO 3166-1 alpha-2, `nil` for `.eu`) and
    /// its bloc; `nil` when the component is no Maven artefact or its groupId's top-level domain tells nothing.
    static func seat(of purl: PackageURL) -> (domain: String, country: String?, bloc: Bloc)? {
        guard purl.type == "maven", let group = purl.namespace else { return nil }
        let labels = group.split(separator: ".", maxSplits: 1)
        guard labels.count == 2 else { return nil }
        let topLevel = labels[0].lowercased()
        if topLevel == "eu" { return ("eu", nil, .eu) }
        if topLevel == "gov" || topLevel == "mil" { return (topLevel, "US", .us) }
        let country = topLevel == "uk" ? "GB" : topLevel.uppercased()
        guard nationalDomains.contains(country) else { return nil }
        return (topLevel, country, RuleSet.bloc(ofCountry: country))
    }

    /// Countries whose domain is used for national sites rather than as a generic name: the EU/EEA, the United
    /// Kingdom, Switzerland, the United States and China (the blocs of their own), and other states whose domains
    /// publishers of Java libraries use. Liechtenstein's `.li` is left out: Swiss publishers use it as much.
    private static let nationalDomains: Set<String> = RuleSet.euEEACountries.subtracting(["LI"]).union([
        "GB", "CH", "US", "CN",
        "AR", "AU", "BR", "CA", "CL", "IL", "IN", "JP", "KR", "MX", "NZ", "RS", "RU", "SG", "TR", "TW", "UA", "ZA",
    ])
}
