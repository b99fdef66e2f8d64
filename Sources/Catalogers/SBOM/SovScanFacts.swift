import SovScanModel

/// Applies the `sovscan:` facts an SBOM carries for a component (see `SovScanPropertyNames`) to the component
/// read from it, and says which fields they set so the importer fills only the others from the SBOM itself.
struct SovScanFacts {
    var setsScope = false
    var setsDirect = false
    var setsFirstParty = false
    var setsLocations = false
    /// Outgoing edges with a scope of their own (`sovscan:dependency-scope`).
    var edgeScopes: [PackageURL: Scope] = [:]
    /// Licence texts kept beside a concluded licence (`sovscan:declared-licence`).
    var declaredLicences: [String] = []

    /// Reads `facts` (name, value, position) into `component`; unknown `sovscan:` names become the component's
    /// properties, malformed values diagnostics.
    init(_ facts: [(name: String, value: String, location: SourceLocation)], into component: inout Component,
         diagnostics: inout [Diagnostic]) {
        typealias Names = SovScanPropertyNames
        var locations: [SourceLocation] = []
        var licenceFiles: [String] = []
        for (name, value, location) in facts where name.hasPrefix(Names.prefix) && !Names.classificationNames.contains(name) {
            switch name {
            case Names.scope:
                if let scope = Scope(rawValue: value) {
                    component.scope = scope
                    setsScope = true
                } else {
                    diagnostics.append(Diagnostic(.warning, "unknown scope '\(value)'", at: location))
                }
            case Names.direct:
                component.isDirect = value == "true"
                setsDirect = true
            case Names.firstParty:
                component.isFirstParty = value == "true"
                setsFirstParty = true
            case Names.optional:
                component.isOptional = value == "true"
            case Names.location:
                locations.append(Self.location(value))
            case Names.licenceFile:
                licenceFiles.append(value)
            case Names.declaredLicence:
                declaredLicences.append(value)
            case Names.dependencyScope:
                let parts = value.split(separator: " ", maxSplits: 1).map(String.init)
                if parts.count == 2, let scope = Scope(rawValue: parts[0]), let purl = try? PackageURL(parsing: parts[1]) {
                    edgeScopes[purl] = scope
                } else {
                    diagnostics.append(Diagnostic(.warning, "'\(Names.dependencyScope)' expects 'scope purl', got '\(value)'", at: location))
                }
            case Names.licenceConfidence, Names.licenceSource:
                break  // belong to the supplier's conclusion; the enrich stage concludes anew from the declared texts
            default:
                component.properties[String(name.dropFirst(Names.prefix.count))] = value
            }
        }
        if !locations.isEmpty {
            component.locations = Array(Set(locations)).sorted()
            setsLocations = true
        }
        if !licenceFiles.isEmpty { component.licenseFiles = Array(Set(licenceFiles)).sorted() }
    }

    /// Reads `file:line:column` back from the right: trailing numbers are the line and column.
    static func location(_ text: String) -> SovScanModel.SourceLocation {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var numbers: [Int] = []
        while parts.count > 1, numbers.count < 2, let last = parts.last, let number = Int(last), number > 0 {
            numbers.insert(number, at: 0)
            parts.removeLast()
        }
        return SourceLocation(file: parts.joined(separator: ":"), line: numbers.first, column: numbers.count > 1 ? numbers[1] : nil)
    }
}
