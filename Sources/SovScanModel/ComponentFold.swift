/// Folds the sightings of one purl into one component, one sighting at a time (`Component.merged` folds a whole
/// collection with it): the strongest scope wins (with its optionality; optional only if every sighting of that
/// scope is), direct and first-party if any sighting is, licences, locations, licence files and properties are
/// united (the first sighting's value of a property wins). A cataloguer that meets one package many times (every
/// module of a Maven build that reaches a library) keeps one fold per purl instead of every sighting.
public struct ComponentFold: Sendable {
    /// The first sighting with the later ones folded in, but for locations and licence files (in `seen`).
    private var folded: Component
    /// What the sightings so far hold, made at the second sighting (a single one needs none).
    private var seen: Seen?

    private struct Seen: Sendable {
        var locations: Set<SourceLocation>
        var licenseFiles: Set<String>
        var declaredLicenses: Set<DeclaredLicense>
    }

    /// A fold of one sighting.
    public init(_ first: Component) {
        folded = first
    }

    /// Folds in a later sighting of the same purl.
    public mutating func add(_ other: Component) {
        // Taken out and put back at the end, so that the sets are uniquely referenced and grow in place, not copied.
        var seen = self.seen ?? Seen(locations: Set(folded.locations), licenseFiles: Set(folded.licenseFiles),
                                     declaredLicenses: Set(folded.declaredLicenses))
        self.seen = nil
        if other.scope.strength < folded.scope.strength {
            folded.scope = other.scope
            folded.isOptional = other.isOptional
        } else if other.scope == folded.scope {
            folded.isOptional = folded.isOptional && other.isOptional
        }
        folded.isDirect = folded.isDirect || other.isDirect
        folded.isFirstParty = folded.isFirstParty || other.isFirstParty
        // The sightings of one package mostly carry the same licences: then none is new, and none is hashed.
        if other.declaredLicenses != folded.declaredLicenses {
            for license in other.declaredLicenses where seen.declaredLicenses.insert(license).inserted {
                folded.declaredLicenses.append(license)
            }
        }
        seen.licenseFiles.formUnion(other.licenseFiles)
        if folded.concludedLicense == nil { folded.concludedLicense = other.concludedLicense }
        seen.locations.formUnion(other.locations)
        folded.properties.merge(other.properties) { current, _ in current }
        self.seen = seen
    }

    /// The folded component, its locations and licence files sorted and distinct. A single sighting with at most
    /// one location and one licence file is returned as it came.
    public var result: Component {
        if seen == nil, folded.locations.count < 2, folded.licenseFiles.count < 2 { return folded }
        var component = folded
        component.locations = (seen?.locations ?? Set(folded.locations)).sorted()
        component.licenseFiles = (seen?.licenseFiles ?? Set(folded.licenseFiles)).sorted()
        return component
    }
}
