import Classification
import SovScanModel

/// The JSON form of the classifications, written member by member into `JSONOutput`: the bytes the types'
/// `Encodable` conformances give through `TreeEncoder` (members in ascending byte order of their keys, absent
/// optionals left out), without collecting a tree of every classification and decision first, which was half of
/// the scan JSON's cost for a few thousand components (issue 17). The conformances stay the reference:
/// `ClassificationJSONLayoutTests` hold this layout to Foundation's `JSONEncoder`.
extension ClassifiedSystem {
    func writeMembers(to json: inout JSONOutput) {
        json.member("classifications", objects: classifications) { $0.writeMembers(to: &$1) }
        json.member("name", name)
    }
}

extension Classification {
    func writeMembers(to json: inout JSONOutput) {
        if let binding { json.member("binding", object: binding.writeMembers) }
        json.member("bloc", bloc.rawValue)
        json.member("countedUnder", countedUnder)
        json.member("explanation", objects: explanation) { $0.writeMembers(to: &$1) }
        json.member("governance", governance?.rawValue)
        json.member("isFirstParty", isFirstParty)
        json.member("level", level?.rawValue)
        json.member("license", object: { json in
            json.member("category", license.category.rawValue)
            if let isOSS = license.isOSS { json.member("isOSS", isOSS) }
        })
        json.member("purl", purl.description)
        json.member("relicensing", objects: relicensing) { $0.writeMembers(to: &$1) }
        if let seal { json.member("seal", seal) }
        json.member("ships", ships)
        json.member("statedLicense", statedLicense)
        json.member("technology", technology)
        json.member("technologyRule", technologyRule)
        if let vendor { json.member("vendor", object: vendor.writeMembers) }
    }
}

extension Decision {
    func writeMembers(to json: inout JSONOutput) {
        json.member("fact", fact)
        if let location { json.member("location", object: location.writeMembers) }
        json.member("reason", reason)
        json.member("rule", rule)
        json.member("value", value)
    }
}

extension BindingFacts {
    func writeMembers(to json: inout JSONOutput) {
        if let declaration { json.member("declaration", object: declaration.writeMembers) }
        if developmentOnly == true { json.member("developmentOnly", true) }
        json.member("inferredPlatform", inferredPlatform)
        json.member("kind", kind.rawValue)
        if let optional { json.member("optional", object: optional.writeMembers) }
        json.member("platform", platform)
        json.member("proprietary", proprietary)
        json.member("rule", rule)
        if let vendor { json.member("vendor", object: vendor.writeMembers) }
    }
}

extension OptionalBinding {
    func writeMembers(to json: inout JSONOutput) {
        json.member("alternatives", strings: alternatives)
        if let endpoints { json.member("endpoints", strings: endpoints) }
        json.member("role", role)
        json.member("sources", strings: sources)
    }
}

extension PlatformDeclaration {
    func writeMembers(to json: inout JSONOutput) {
        json.member("binding", binding)
        json.member("country", country)
        if let location { json.member("location", object: location.writeMembers) }
        json.member("note", note)
        if let proprietary { json.member("proprietary", proprietary) }
        json.member("provider", provider)
        json.member("vendor", vendor)
    }
}

extension VendorFacts {
    func writeMembers(to json: inout JSONOutput) {
        json.member("bloc", bloc.rawValue)
        json.member("country", country)
        json.member("governance", governance.rawValue)
        json.member("id", id)
        json.member("name", name)
        if let presumed { json.member("presumed", presumed) }
    }
}

extension AppliedRelicensing {
    func writeMembers(to json: inout JSONOutput) {
        json.member("date", date)
        json.member("event", event)
        json.member("from", from)
        json.member("ossAfter", ossAfter)
        json.member("project", project)
        json.member("sources", strings: sources)
        json.member("to", to)
        json.member("versions", versions)
    }
}
