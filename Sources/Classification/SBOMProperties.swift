import SovScanModel

extension Classification {
    /// The `sovscan:` properties for an SBOM component (issue 7): level, technology, vendor, vendor country (ISO 3166
    /// alpha-2), whether the vendor is presumed (only when it is), bloc, governance, binding platform (with the open
    /// alternatives beside it for an optional binding, and `true` when only development uses it), relicensed (one
    /// per event: what changed and since which versions), SEAL level (0-4), first-party flag, licence category and
    /// OSS verdict. Absent facts are left out; sorted by name and value.
    public var sbomProperties: [(name: String, value: String)] {
        typealias Names = SovScanPropertyNames
        var properties: [(name: String, value: String)] = [
            (Names.technology, technology),
            (Names.bloc, bloc.rawValue),
            (Names.firstParty, isFirstParty ? "true" : "false"),
            (Names.licenceCategory, license.category.rawValue),
        ]
        if let level { properties.append((Names.level, level.rawValue)) }
        if let vendor {
            properties.append((Names.vendor, vendor.name))
            if let country = vendor.country { properties.append((Names.vendorCountry, country)) }
            if vendor.isPresumed { properties.append((Names.vendorPresumed, "true")) }
        }
        if let governance { properties.append((Names.governance, governance.rawValue)) }
        if let binding {
            properties.append((Names.binding, binding.platform))
            if let optional = binding.optional {
                properties.append((Names.bindingOptional, optional.alternatives.joined(separator: ", ")))
            }
            if binding.developmentOnly == true { properties.append((Names.bindingDevelopmentOnly, "true")) }
        }
        properties += relicensing.map {
            (Names.relicensed, "\($0.project): \($0.from) → \($0.to) for \($0.versions) (\($0.date))")
        }
        if let seal { properties.append((Names.seal, String(seal))) }
        if let isOSS { properties.append((Names.oss, isOSS ? "true" : "false")) }
        return properties.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
    }

    /// Every fact with the rule or evidence that decided it, one per line: what `sovscan explain` prints.
    public var explanationText: String {
        ([purl.description] + explanation.map { "  \($0)" }).joined(separator: "\n")
    }
}
