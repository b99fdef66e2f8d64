extension Classification {
    /// The `sovscan:` properties for an SBOM component (issue 7): level, technology, vendor, vendor country (ISO 3166
    /// alpha-2), bloc, governance, binding platform, relicensing (what changed and since which versions), SEAL
    /// level and first-party flag. Absent facts are left out; sorted by name.
    public var sbomProperties: [(name: String, value: String)] {
        var properties: [(String, String)] = []
        if let level { properties.append(("sovscan:level", level.rawValue)) }
        properties.append(("sovscan:technology", technology))
        if let vendor {
            properties.append(("sovscan:vendor", vendor.name))
            if let country = vendor.country { properties.append(("sovscan:vendor-country", country)) }
        }
        properties.append(("sovscan:bloc", bloc.rawValue))
        if let governance { properties.append(("sovscan:governance", governance.rawValue)) }
        if let binding { properties.append(("sovscan:binding", binding.platform)) }
        if !relicensing.isEmpty {
            let text = relicensing.map { "\($0.project): \($0.from) → \($0.to) for \($0.versions) (\($0.date))" }
                .joined(separator: "; ")
            properties.append(("sovscan:relicensed", text))
        }
        if let seal { properties.append(("sovscan:seal", String(seal))) }
        properties.append(("sovscan:first-party", isFirstParty ? "true" : "false"))
        return properties.sorted { $0.0 < $1.0 }
    }

    /// Every fact with the rule or evidence that decided it, one per line: what `sovscan explain` prints.
    public var explanationText: String {
        ([purl.description] + explanation.map { "  \($0)" }).joined(separator: "\n")
    }
}
