import Classification
import SovScanModel

/// A classification for tests: a purl, a level, a technology and a licence verdict, with optional vendor and binding.
func classified(
    _ purl: String, level: StackLevel?, technology: String, oss: Bool?, category: LicenseCategory? = nil,
    vendor: VendorFacts? = nil, binding: BindingFacts? = nil, relicensing: [AppliedRelicensing] = [],
    firstParty: Bool = false, ships: Bool = true, seal: Int? = 3
) -> Classification {
    let parsed = (try? PackageURL(parsing: purl)) ?? (try! PackageURL(type: "generic", name: "invalid"))
    let licenseCategory = category ?? (oss == true ? .permissive : (oss == false ? .proprietary : .unknown))
    return Classification(
        purl: parsed, level: level, technology: technology, technologyRule: nil, vendor: vendor,
        bloc: vendor?.bloc ?? .unknown, governance: vendor?.governance, binding: binding, relicensing: relicensing,
        license: LicenseFacts(category: licenseCategory, isOSS: oss), isFirstParty: firstParty, ships: ships,
        seal: firstParty ? nil : seal, explanation: [])
}

func vendor(_ id: String, _ bloc: Bloc, _ governance: Governance, country: String? = nil) -> VendorFacts {
    VendorFacts(Vendor(id: id, name: id.uppercased(), country: country, bloc: bloc, governance: governance,
                       sources: ["https://\(id).example"]))
}
