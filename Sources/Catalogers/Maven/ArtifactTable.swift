/// Numbers every artifact and conflict key of one build once, so that the collector and the conflict resolver
/// compare and look up integers instead of hashing five strings at every step. One table serves every project
/// of the build; numbers start at 0 and are never reused.
final class ArtifactTable {
    private var numbers: [ResolverArtifact: Int] = [:]
    private var keyNumbers: [ConflictKey: Int] = [:]
    /// By artifact number: the artifact, its conflict key's number and its version requirement (parsed on first use).
    private(set) var artifacts: [ResolverArtifact] = []
    private var keys: [Int] = []
    private var requirements: [VersionRequirement?] = []
    private var coordinateNumbers: [MavenCoordinates: Int] = [:]
    /// By artifact number: the number of its coordinates (group, artifact, version), which the artifacts of other
    /// types and classifiers of the same coordinates share.
    private var coordinates: [Int] = []

    /// How many artifacts are numbered: every artifact number is below it.
    var count: Int { artifacts.count }

    /// How many conflict keys are numbered.
    var keyCount: Int { keyNumbers.count }

    /// The number of `artifact`, given on first sight.
    func number(_ artifact: ResolverArtifact) -> Int {
        if let known = numbers[artifact] { return known }
        let number = artifacts.count
        numbers[artifact] = number
        artifacts.append(artifact)
        keys.append(keyNumber(artifact.conflictKey))
        requirements.append(nil)
        let coordinatesNumber = coordinateNumbers[artifact.coordinates] ?? coordinateNumbers.count
        coordinateNumbers[artifact.coordinates] = coordinatesNumber
        coordinates.append(coordinatesNumber)
        return number
    }

    /// The number of the coordinates of artifact `number`.
    func coordinates(of number: Int) -> Int { coordinates[number] }

    /// The number of a conflict key, given on first sight.
    func keyNumber(_ key: ConflictKey) -> Int {
        if let known = keyNumbers[key] { return known }
        let number = keyNumbers.count
        keyNumbers[key] = number
        return number
    }

    /// The conflict key number of artifact `number`.
    func key(of number: Int) -> Int { keys[number] }

    /// The version requirement of artifact `number`, read from its version text once.
    func requirement(of number: Int) -> VersionRequirement {
        if let known = requirements[number] { return known }
        let requirement = VersionRequirement(artifacts[number].version)
        requirements[number] = requirement
        return requirement
    }
}

/// What a version text asks for: nothing usable (empty, an unresolved `${...}`, a malformed range), one version,
/// or a range of versions.
enum VersionRequirement {
    /// No version can be taken from the text; `isUnresolved` when it still holds a `${...}` expression.
    case unusable(isUnresolved: Bool)
    case usable(MavenVersionConstraint)

    init(_ text: String) {
        let isUnresolved = MavenDependency.hasUnresolvedExpression(text)
        if let constraint = MavenVersionConstraint(text), !text.isEmpty, !isUnresolved {
            self = .usable(constraint)
        } else {
            self = .unusable(isUnresolved: isUnresolved)
        }
    }

    /// Whether this is exactly one version (not a range, and usable).
    var isExactVersion: Bool {
        if case .usable(let constraint) = self { return !constraint.isRange }
        return false
    }
}

/// Values by number (of an artifact or a conflict key) for numbers that keep coming while a build is read;
/// `removeAll` forgets only what was set, so one project's table is cleared in the time it was filled.
struct NumberedValues<Value> {
    private var values: [Value?] = []
    private var setNumbers: [Int] = []

    subscript(number: Int) -> Value? {
        get { number < values.count ? values[number] : nil }
        set {
            if number >= values.count {
                values.append(contentsOf: repeatElement(nil, count: number + 1 - values.count))
            }
            if values[number] == nil, newValue != nil { setNumbers.append(number) }
            values[number] = newValue
        }
    }

    /// Whether a value is set for `number` (without copying it out).
    func contains(_ number: Int) -> Bool {
        number < values.count && values[number] != nil
    }

    mutating func removeAll() {
        for number in setNumbers { values[number] = nil }
        setNumbers.removeAll(keepingCapacity: true)
    }
}
