import Foundation
import SovScanModel

/// Builds effective models: parent chain, profiles, inheritance, interpolation, BOM imports, management. Every
/// POM is read and parsed at most once (raw POMs and effective models are cached). One builder serves one scan.
final class MavenModelBuilder {
    /// Where a POM comes from.
    enum Source: Hashable {
        /// A file of the scanned build (absolute path).
        case file(String)
        /// A POM in the repository.
        case repository(MavenCoordinates)
    }

    let repository: any MavenRepository
    let files: FileReader
    /// The scanned root (absolute), to report project files relative to it.
    let root: String
    /// `-D` properties: `.mvn/maven.config` then the command line.
    let userProperties: [String: String]
    /// The properties a JVM would have that POMs use in activation and interpolation.
    let systemProperties: [String: String]
    /// `-P` profile ids to activate, and those switched off with `!id` or `-id`.
    let activeProfileIds: Set<String>
    let inactiveProfileIds: Set<String>

    private(set) var diagnostics: [Diagnostic] = []
    /// How many POM files were parsed (each at most once).
    private(set) var parsedCount = 0
    private var rawCache: [Source: RawPOM?] = [:]
    private var modelCache: [Source: EffectiveModel?] = [:]
    /// Reactor projects by coordinates, so that siblings are found in the build before the repository.
    var reactor: [MavenCoordinates: String] = [:]
    private var reported: Set<String> = []

    /// The deepest nesting of BOM imports (each import builds a model inside the importing one).
    static let maximumChainLength = 64
    /// The longest parent chain walked: the walk is iterative and stops at the first POM already folded, so a
    /// build whose modules are each other's parents is read whatever the order of its files.
    static let maximumParentChainLength = 10_000

    init(repository: any MavenRepository, files: FileReader, root: String, userProperties: [String: String],
         profiles: [String]) {
        self.repository = repository
        self.files = files
        self.root = root
        self.userProperties = userProperties
        var system = ["java.version": "17.0.15", "java.specification.version": "17", "os.name": "Linux",
                      "file.separator": "/", "line.separator": "\n", "path.separator": ":"]
        system["user.home"] = NSHomeDirectory()
        system["maven.version"] = "3.8.7"
        systemProperties = system
        var active: Set<String> = []
        var inactive: Set<String> = []
        for entry in profiles.flatMap({ $0.split(separator: ",") }) {
            let id = entry.trimmingXMLWhitespace()
            if id.hasPrefix("!") || id.hasPrefix("-") {
                inactive.insert(String(id.dropFirst()))
            } else if id.hasPrefix("+") {
                active.insert(String(id.dropFirst()))
            } else if !id.isEmpty {
                active.insert(id)
            }
        }
        activeProfileIds = active
        inactiveProfileIds = inactive
    }

    /// The path to report for an absolute path: relative to the root when under it.
    func reportedPath(_ absolute: String) -> String {
        if absolute.hasPrefix(root + "/") { return String(absolute.dropFirst(root.count + 1)) }
        return absolute
    }

    private func report(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic.description).inserted { diagnostics.append(diagnostic) }
    }

    // MARK: - Reading

    /// The raw POM of a source, parsed once; `nil` (with a diagnostic for project files) when unreadable.
    func raw(_ source: Source) -> RawPOM? {
        if let cached = rawCache[source] { return cached }
        var result: RawPOM?
        switch source {
        case .file(let path):
            result = record(Self.readFile(path, files: files, shownAs: reportedPath(path)))
        case .repository(let coordinates):
            if let found = repository.pom(coordinates) {
                parsedCount += 1
                result = record(POMReader.read(found.bytes, file: found.path))
            }
        }
        rawCache[source] = result
        return result
    }

    /// Reads and parses the project files at `paths` (absolute) on every core before `raw(_:)` asks for them, and
    /// records what each gave in the order of `paths`, as asking for them one by one in that order would (issue 17:
    /// the reactor's POMs, parsed while nothing else of the build can start). Reading and parsing a file touch
    /// nothing of the builder.
    func preload(_ paths: [String]) {
        let unread = paths.filter { rawCache[.file($0)] == nil }
        guard unread.count > 1 else { return }
        XMLTreeParser.prepareForThreads()
        let files = self.files
        let shown = unread.map(reportedPath)
        let outcomes = ReadFiles(count: unread.count)
        DispatchQueue.concurrentPerform(iterations: unread.count) { index in
            outcomes.set(index, Self.readFile(unread[index], files: files, shownAs: shown[index]))
        }
        for (path, outcome) in zip(unread, outcomes.values()) {
            rawCache[.file(path)] = record(outcome)
        }
    }

    /// A project file read (`nil` with the diagnostic when it cannot be) and parsed.
    private static func readFile(_ path: String, files: FileReader, shownAs shown: String)
        -> Result<Result<RawPOM, Diagnostic>, Diagnostic> {
        files.read(path, reportedAs: shown).map { POMReader.read($0, file: shown) }
    }

    /// Reports what reading a project file gave; its POM, or `nil`.
    private func record(_ read: Result<Result<RawPOM, Diagnostic>, Diagnostic>) -> RawPOM? {
        switch read {
        case .failure(let diagnostic):
            report(diagnostic)
            return nil
        case .success(let parsed):
            parsedCount += 1
            return record(parsed)
        }
    }

    /// Reports what parsing a POM gave; the POM, or `nil`.
    private func record(_ parsed: Result<RawPOM, Diagnostic>) -> RawPOM? {
        switch parsed {
        case .success(let pom):
            pom.diagnostics.forEach(report)
            return pom
        case .failure(let diagnostic):
            report(diagnostic)
            return nil
        }
    }

    /// What `preload(_:)` read, one slot per file, filled from several threads under a lock.
    private final class ReadFiles: @unchecked Sendable {
        private var slots: [Result<Result<RawPOM, Diagnostic>, Diagnostic>?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<Result<RawPOM, Diagnostic>, Diagnostic>) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Result<Result<RawPOM, Diagnostic>, Diagnostic>] { slots.map { $0! } }
    }

    // MARK: - Effective model

    /// The effective model of a source, built once. `importChain` holds the BOMs being imported (cycle guard).
    func model(_ source: Source, importChain: [MavenCoordinates] = [], requestedAt: SourceLocation? = nil)
        -> EffectiveModel? {
        if let cached = modelCache[source] { return cached }
        let built = build(source, importChain: importChain, requestedAt: requestedAt)
        modelCache[source] = built
        return built
    }

    /// A POM with its active profiles injected and everything it inherits folded in (not yet interpolated).
    /// Cached per POM, so each parent is folded once however many children share it.
    private struct Inherited {
        var pom: RawPOM
        var source: Source
        var active: [String]
        var inactive: [String]
        var properties: [String: String]
        var dependencies: DeclarationList
        var management: DeclarationList
        var licenses: [POMLicense]
        /// The POM's own source repository, else that of its nearest parent of the same groupId.
        var sourceRepository: String?
        var groupId: String?
        var version: String?
    }

    /// A declaration shared by every model that inherits it (copying the reference, not the fields), with its
    /// merge key and the names its values refer to worked out once.
    private final class Declaration {
        let dependency: POMDependency
        let key: String
        /// The names its values refer to with `${name}`.
        let names: [String]

        init(_ dependency: POMDependency) {
            self.dependency = dependency
            key = dependency.rawKey
            names = dependency.interpolatedValues.flatMap(PropertyInterpolator.references(in:))
        }
    }

    /// Declarations as a model lists them: own entries first, then inherited ones. A POM that declares none of
    /// its own passes its parent's list on as it is (the same object), so the modules under one parent share its
    /// list and its interpolation: every module of a large reactor would otherwise interpolate the whole
    /// inherited dependencyManagement again.
    private final class DeclarationList {
        let entries: [Declaration]
        /// The names the entries refer to with `${name}`, each once, in order.
        let names: [String]
        /// The entries interpolated, by what the interpolator that did it looked up for `names`: a model that
        /// looks up the same values gets the same list (see `PropertyInterpolator.lookups(of:)`).
        var interpolated: [[PropertyInterpolator.Lookup]: [MavenDependency]] = [:]
        /// Whether a child took this list over unchanged; only such a list keeps its interpolations, so a list
        /// that one model alone uses costs neither the lookups nor a second copy of its result.
        var isShared = false
        /// The last interpolation kept in `interpolated`: its model properties, its lookups of model values
        /// (`project.version` ...) and its result. A model with equal properties (the modules under one parent that
        /// declare none of their own share the parent's dictionary, which compares at once) whose model values
        /// give the same lookups looks up the same values for every name, so it gets the same list without
        /// looking up the hundreds of names of a large dependencyManagement again (issue 17).
        var lastInterpolation: (modelProperties: [String: String], modelValueLookups: [PropertyInterpolator.Lookup],
                                resolved: [MavenDependency])?

        init(_ entries: [Declaration]) {
            self.entries = entries
            var seen: Set<String> = []
            names = entries.flatMap(\.names).filter { seen.insert($0).inserted }
        }
    }

    /// Folded POMs by source and by whether `-P` profiles apply: they do to every POM in a project's lineage
    /// (repository parents included), not to the POMs of dependencies and BOMs.
    private var inheritedCache: [InheritedKey: Inherited] = [:]

    private struct InheritedKey: Hashable {
        var source: Source
        var commandLineProfiles: Bool
    }

    private func build(_ source: Source, importChain: [MavenCoordinates], requestedAt: SourceLocation?)
        -> EffectiveModel? {
        guard let first = raw(source) else {
            if case .repository(let coordinates) = source {
                report(Diagnostic(.warning, "the POM of \(coordinates) is not in the Maven repository; its "
                                  + "dependencies and licences are unknown", at: requestedAt,
                                  detail: DiagnosticDetail(.missingPOM, ["\(coordinates)"])))
            }
            return nil
        }
        guard let inherited = inherit(first, source, commandLineProfiles: isProject(source) && !activeProfileIds.isEmpty)
        else { return nil }
        var model = assemble(inherited)
        importBOMs(into: &model, importChain: importChain)
        injectManagement(into: &model)
        return model
    }

    /// Walks up the parent chain to the first POM already folded (or the top), then folds down.
    private func inherit(_ first: RawPOM, _ source: Source, commandLineProfiles: Bool) -> Inherited? {
        var chain: [(pom: RawPOM, source: Source, active: [String], inactive: [String])] = []
        var base: Inherited?
        var seen: Set<Source> = []
        var current: (pom: RawPOM, source: Source)? = (first, source)
        while let (pom, pomSource) = current {
            if let cached = inheritedCache[InheritedKey(source: pomSource, commandLineProfiles: commandLineProfiles)] {
                base = cached
                break
            }
            guard seen.insert(pomSource).inserted, chain.count < Self.maximumParentChainLength else {
                report(Diagnostic(.error, "the parent chain of \(first.file) loops or is longer than "
                                  + "\(Self.maximumParentChainLength) POMs", at: SourceLocation(file: first.file, line: first.line)))
                break
            }
            let applied = applyProfiles(pom, commandLineProfiles: commandLineProfiles)
            chain.append((applied.pom, pomSource, applied.active, applied.inactive))
            current = nil
            if let parent = pom.parent {
                if let parentSource = locateParent(parent, of: pom, at: pomSource) {
                    if let parentPOM = raw(parentSource) {
                        current = (parentPOM, parentSource)
                    } else {
                        report(Diagnostic(.error, "the parent \(describe(parent)) cannot be read from the Maven "
                                          + "repository; inherited versions, properties and licences are missing",
                                          at: SourceLocation(file: pom.file, line: parent.line),
                                          detail: DiagnosticDetail(.missingParent, [describe(parent)])))
                    }
                } else {
                    report(Diagnostic(.error, "the parent \(describe(parent)) has incomplete coordinates",
                                      at: SourceLocation(file: pom.file, line: parent.line)))
                }
            }
        }
        var accumulated = base
        for item in chain.reversed() {
            let pom = item.pom
            var properties = accumulated?.properties ?? [:]
            for property in pom.properties { properties[property.name] = property.value }
            let groupId = pom.groupId ?? pom.parent?.groupId ?? accumulated?.groupId
            // A parent of another groupId (a company-wide or Sonatype parent) is another project: its repository
            // is not this one's.
            let inheritedSource = accumulated?.groupId == groupId ? accumulated?.sourceRepository : nil
            let folded = Inherited(
                pom: pom, source: item.source, active: item.active, inactive: item.inactive, properties: properties,
                dependencies: Self.inherit(child: pom.dependencies.map(Declaration.init),
                                           parent: accumulated?.dependencies),
                management: Self.inherit(child: pom.dependencyManagement.map(Declaration.init),
                                         parent: accumulated?.management),
                licenses: pom.licenses.isEmpty ? accumulated?.licenses ?? [] : pom.licenses,
                sourceRepository: pom.sourceRepository ?? inheritedSource,
                groupId: groupId,
                version: pom.version ?? pom.parent?.version ?? accumulated?.version)
            inheritedCache[InheritedKey(source: item.source, commandLineProfiles: commandLineProfiles)] = folded
            accumulated = folded
        }
        return accumulated
    }

    private func isProject(_ source: Source) -> Bool {
        if case .file = source { return true }
        return false
    }

    private func describe(_ parent: POMParent) -> String {
        "\(parent.groupId ?? "?"):\(parent.artifactId ?? "?"):\(parent.version ?? "?")"
    }

    /// A parent given by `<relativePath>` (default `../pom.xml`) when the file there is that parent, else the
    /// reactor, else the repository. Repository POMs always take their parent from the repository.
    private func locateParent(_ parent: POMParent, of child: RawPOM, at source: Source) -> Source? {
        var simple = PropertyInterpolator(modelValues: [:], userProperties: userProperties, modelProperties: [:],
                                          systemProperties: systemProperties)
        if case .file(let path) = source {
            let relative = parent.relativePath ?? "../pom.xml"
            if !relative.isEmpty {
                var candidate = Self.directory(of: path) + "/" + relative
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue {
                    candidate += "/pom.xml"
                }
                candidate = Self.normalise(candidate)
                if files.exists(candidate) {
                    if let pom = raw(.file(candidate)), matches(pom, parent, &simple) { return .file(candidate) }
                } else if FileManager.default.fileExists(atPath: candidate) {
                    // A device, FIFO or link out of the scanned folder is never opened.
                    report(Diagnostic(.warning, "the parent path '\(relative)' is not a regular file inside the scanned folder; not read",
                                      at: SourceLocation(file: child.file, line: parent.line)))
                }
            }
        }
        guard let group = parent.groupId.map({ simple.interpolate($0) }),
              let artifact = parent.artifactId.map({ simple.interpolate($0) }),
              let version = parent.version.map({ simple.interpolate($0) }),
              !group.isEmpty, !artifact.isEmpty, !version.isEmpty else { return nil }
        let coordinates = MavenCoordinates(groupId: group, artifactId: artifact, version: version)
        if let path = reactor[coordinates] { return .file(path) }
        return .repository(coordinates)
    }

    private func matches(_ pom: RawPOM, _ parent: POMParent, _ interpolator: inout PropertyInterpolator) -> Bool {
        guard pom.artifactId == parent.artifactId, (pom.groupId ?? pom.parent?.groupId) == parent.groupId else {
            return false
        }
        let version = pom.version ?? pom.parent?.version
        if version == parent.version { return true }
        var own = interpolator
        own.modelProperties = Dictionary(pom.properties, uniquingKeysWith: { _, last in last })
        return version.map { own.interpolate($0) } == parent.version.map { interpolator.interpolate($0) }
    }

    /// A POM's text with its runs of white space (line breaks and indentation of a long `<description>`) made single
    /// spaces; `nil` for no text or only white space.
    static func singleSpaced(_ text: String?) -> String? {
        guard let words = text?.split(whereSeparator: \.isWhitespace), !words.isEmpty else { return nil }
        return words.joined(separator: " ")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Removes `.` and `..` segments. The path is split and joined as UTF-8 bytes, as the file system splits it:
    /// splitting the `String` walks its characters, some 60,000 instructions for a module's path, twice per
    /// module on the one-core stretch where the reactor's models are built (issue 17).
    static func normalise(_ path: String) -> String {
        let slash = UInt8(ascii: "/")
        var parts: [ArraySlice<UInt8>] = []
        for part in Array(path.utf8).split(separator: slash) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8), let last = parts.last, !last.elementsEqual("..".utf8) {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var joined: [UInt8] = path.utf8.first == slash ? [slash] : []
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(slash) }
            joined += part
        }
        return String(decoding: joined, as: UTF8.self)
    }

    // MARK: - Profiles

    /// Injects the active profiles of one POM: those named with `-P` (in a project's lineage), those whose
    /// activation holds, and otherwise those `activeByDefault`.
    private func applyProfiles(_ pom: RawPOM, commandLineProfiles: Bool)
        -> (pom: RawPOM, active: [String], inactive: [String]) {
        guard !pom.profiles.isEmpty else { return (pom, [], []) }
        var active: [POMProfile] = []
        for profile in pom.profiles where !inactiveProfileIds.contains(profile.id) {
            if commandLineProfiles && activeProfileIds.contains(profile.id) {
                active.append(profile)
            } else if let activation = profile.activation, conditionsHold(activation) {
                active.append(profile)
            }
        }
        if active.isEmpty {
            active = pom.profiles.filter { profile in
                !inactiveProfileIds.contains(profile.id) && profile.activation?.activeByDefault == true
            }
        }
        var result = pom
        for profile in active {
            for property in profile.properties {
                result.properties.removeAll { $0.name == property.name }
                result.properties.append(property)
            }
            result.dependencies = Self.mergeProfile(profile.dependencies, into: result.dependencies)
            result.dependencyManagement = Self.mergeProfile(profile.dependencyManagement, into: result.dependencyManagement)
            result.modules += profile.modules.filter { !result.modules.contains($0) }
        }
        let activeIds = active.map(\.id)
        return (result, activeIds, pom.profiles.map(\.id).filter { !activeIds.contains($0) })
    }

    /// Profile entries replace same-key entries in place; new ones are appended.
    private static func mergeProfile(_ additions: [POMDependency], into base: [POMDependency]) -> [POMDependency] {
        var result = base
        for addition in additions {
            if let index = result.firstIndex(where: { $0.rawKey == addition.rawKey }) {
                result[index] = addition
            } else {
                result.append(addition)
            }
        }
        return result
    }

    /// Whether every stated activation condition holds (an `<os>` or `<file>` condition is taken as false).
    private func conditionsHold(_ activation: POMActivation) -> Bool {
        var stated = false
        if activation.hasUnsupportedCondition { return false }
        if let name = activation.propertyName, !name.isEmpty {
            stated = true
            let negated = name.hasPrefix("!")
            let key = negated ? String(name.dropFirst()) : name
            let value = userProperties[key] ?? systemProperties[key]
            if let expected = activation.propertyValue, !expected.isEmpty {
                let holds = expected.hasPrefix("!") ? value != String(expected.dropFirst()) : value == expected
                if !holds { return false }
            } else if negated ? value != nil : value == nil {
                return false
            }
        }
        if let jdk = activation.jdk, !jdk.isEmpty {
            stated = true
            if !jdkMatches(jdk) { return false }
        }
        return stated
    }

    private func jdkMatches(_ condition: String) -> Bool {
        let javaVersion = userProperties["java.version"] ?? systemProperties["java.version"] ?? "17"
        if condition.hasPrefix("[") || condition.hasPrefix("(") {
            return MavenVersionConstraint(condition)?.contains(MavenVersion(javaVersion)) ?? false
        }
        let negated = condition.hasPrefix("!")
        let prefix = negated ? String(condition.dropFirst()) : condition
        return javaVersion.hasPrefix(prefix) != negated
    }

    // MARK: - Inheritance and interpolation

    private func assemble(_ inherited: Inherited) -> EffectiveModel {
        let pom = inherited.pom
        let properties = inherited.properties
        let dependencies = inherited.dependencies
        let management = inherited.management
        let licenses = inherited.licenses
        let groupId = inherited.groupId
        let version = inherited.version
        var modelValues: [String: String] = [:]
        modelValues["groupId"] = groupId
        modelValues["artifactId"] = pom.artifactId
        modelValues["version"] = version
        modelValues["packaging"] = pom.packaging ?? "jar"
        modelValues["name"] = pom.name
        if let parent = pom.parent {
            modelValues["parent.groupId"] = parent.groupId
            modelValues["parent.artifactId"] = parent.artifactId
            modelValues["parent.version"] = parent.version
        }
        if case .file(let path) = inherited.source {
            let folder = Self.directory(of: path)
            modelValues["basedir"] = folder
            modelValues["build.directory"] = folder + "/target"
        }
        var interpolator = PropertyInterpolator(modelValues: modelValues, userProperties: userProperties,
                                                modelProperties: properties, systemProperties: systemProperties)
        // Model values may themselves hold expressions (`<version>${revision}</version>`).
        var resolvedValues = modelValues
        for (key, value) in modelValues { resolvedValues[key] = interpolator.interpolate(value) }
        interpolator.modelValues = resolvedValues
        // Mapped (in the order of `properties`, as a loop over it would), not inserted key by key into a
        // dictionary that grew and rehashed for every module (issue 17).
        let resolvedProperties = properties.mapValues { interpolator.interpolate($0) }

        let location = SourceLocation(file: pom.file, line: pom.line)
        let coordinates = MavenCoordinates(groupId: interpolator.modelValues["groupId"] ?? "",
                                           artifactId: interpolator.modelValues["artifactId"] ?? "",
                                           version: interpolator.modelValues["version"] ?? "")
        var parent: MavenCoordinates?
        if let reference = pom.parent {
            parent = MavenCoordinates(groupId: interpolator.interpolate(reference.groupId ?? ""),
                                      artifactId: interpolator.interpolate(reference.artifactId ?? ""),
                                      version: interpolator.interpolate(reference.version ?? ""))
        }
        var relocation: MavenCoordinates?
        if let moved = pom.relocation {
            let target = MavenCoordinates(
                groupId: moved.groupId.map { interpolator.interpolate($0) } ?? coordinates.groupId,
                artifactId: moved.artifactId.map { interpolator.interpolate($0) } ?? coordinates.artifactId,
                version: moved.version.map { interpolator.interpolate($0) } ?? coordinates.version)
            if target != coordinates { relocation = target }
        }
        // An unresolved name is reported at the line that uses it (an inherited declaration keeps its parent's
        // line, so the modules of a reactor report it once).
        let resolvedDependencies = resolve(dependencies, &interpolator)
        let resolvedManagement = resolve(management, &interpolator)
        let resolvedLicenses = licenses.map { license in
            interpolator.resetUnresolved()
            let resolved = POMLicense(name: license.name.map { interpolator.interpolate($0) },
                                      url: license.url.map { interpolator.interpolate($0) },
                                      comments: license.comments, file: license.file, line: license.line)
            reportUnresolved(interpolator.unresolved, at: SourceLocation(file: license.file, line: license.line))
            return resolved
        }
        // Where the source lives is evidence, not a requirement: a name it cannot resolve is left as written.
        let sourceRepository = inherited.sourceRepository.map { interpolator.interpolate($0) }
        for text in interpolator.oversized {
            let shown = text.count > 80 ? String(text.prefix(80)) + "…" : text
            report(Diagnostic(.error, "'\(shown)' expands to more than \(PropertyInterpolator.maximumExpandedLength) characters "
                                  + "or nests deeper than \(PropertyInterpolator.maximumDepth) properties; left unexpanded",
                              at: location))
        }
        return EffectiveModel(coordinates: coordinates, packaging: modelValues["packaging"] ?? "jar", parent: parent,
                              properties: resolvedProperties, dependencies: resolvedDependencies,
                              dependencyManagement: resolvedManagement, licenses: resolvedLicenses,
                              sourceRepository: sourceRepository,
                              name: Self.singleSpaced(pom.name), description: Self.singleSpaced(pom.description),
                              modules: pom.modules, activeProfiles: inherited.active, inactiveProfiles: inherited.inactive,
                              relocation: relocation, location: location)
    }

    /// Child entries first, then the parent's entries whose key the child does not declare; the parent's list
    /// itself when the child declares none.
    private static func inherit(child: [Declaration], parent: DeclarationList?) -> DeclarationList {
        guard let parent, !parent.entries.isEmpty else { return DeclarationList(child) }
        guard !child.isEmpty else {
            parent.isShared = true
            return parent
        }
        let keys = Set(child.map(\.key))
        return DeclarationList(child + parent.entries.filter { !keys.contains($0.key) })
    }

    /// A list's entries interpolated, each as `resolve` does it; a shared list once per distinct lookup of its
    /// names: the modules under one parent look up the same values and share the result (its diagnostics were reported
    /// when it was made, at the declarations' own lines). A result that met an oversized text is not kept, as
    /// that is reported at each model's own location.
    private func resolve(_ list: DeclarationList, _ interpolator: inout PropertyInterpolator) -> [MavenDependency] {
        guard list.isShared else { return list.entries.map { resolve($0.dependency, &interpolator) } }
        if let last = list.lastInterpolation, last.modelProperties == interpolator.modelProperties,
           interpolator.findsAlike(last.modelValueLookups) {
            return last.resolved
        }
        let lookups = interpolator.lookups(of: list.names)
        let resolved: [MavenDependency]
        if let known = list.interpolated[lookups] {
            resolved = known
        } else {
            let oversized = interpolator.oversizedCount
            resolved = list.entries.map { resolve($0.dependency, &interpolator) }
            guard interpolator.oversizedCount == oversized else { return resolved }
            list.interpolated[lookups] = resolved
        }
        list.lastInterpolation = (interpolator.modelProperties, lookups.filter(\.readsModelValue), resolved)
        return resolved
    }

    /// A dependency interpolated, with its unresolved names reported at its line. A version left unresolved gets
    /// one warning that says what it costs; a BOM import reports an unresolvable version itself.
    private func resolve(_ raw: POMDependency, _ interpolator: inout PropertyInterpolator) -> MavenDependency {
        interpolator.resetUnresolved()
        let dependency = interpolate(raw, &interpolator)
        var names = interpolator.unresolved
        if MavenDependency.hasUnresolvedExpression(dependency.version) {
            if dependency.scope == "import" && dependency.type == "pom" { return dependency }
            let inVersion = names.filter { !$0.hasPrefix("env.") && raw.version?.contains("${\($0)}") == true }
            for name in inVersion {
                report(Diagnostic(.warning, "the property ${\(name)} is not defined: \(dependency.groupId):\(dependency.artifactId) "
                                  + "has no usable version; it is listed without one, its dependencies and licences unknown",
                                  at: SourceLocation(file: raw.file, line: raw.versionLine ?? raw.line),
                                  detail: DiagnosticDetail(.undefinedProperty, [name, "\(dependency.groupId):\(dependency.artifactId)"])))
            }
            names.removeAll { inVersion.contains($0) }
        }
        reportUnresolved(names, at: dependency.location)
        return dependency
    }

    /// A warning for each name an expression used but no property defines.
    private func reportUnresolved(_ names: [String], at location: SourceLocation) {
        for name in names {
            let message = name.hasPrefix("env.")
                ? "${\(name)} reads the environment of the build; sovscan leaves it unresolved"
                : "the property ${\(name)} is not defined; values using it stay unresolved"
            report(Diagnostic(.warning, message, at: location))
        }
    }

    /// Interpolates every value of `POMDependency.interpolatedValues`.
    private func interpolate(_ raw: POMDependency, _ interpolator: inout PropertyInterpolator) -> MavenDependency {
        let type = raw.type.map { interpolator.interpolate($0) }
        return MavenDependency(
            groupId: interpolator.interpolate(raw.groupId ?? ""),
            artifactId: interpolator.interpolate(raw.artifactId ?? ""),
            version: interpolator.interpolate(raw.version ?? ""),
            type: (type?.isEmpty ?? true) ? "jar" : type ?? "jar",
            classifier: interpolator.interpolate(raw.classifier ?? ""),
            scope: raw.scope.map { interpolator.interpolate($0) }.flatMap { $0.isEmpty ? nil : $0 },
            optional: raw.optional.map { interpolator.interpolate($0) == "true" },
            exclusions: raw.exclusions.map { exclusion in
                POMExclusion(groupId: interpolator.interpolate(exclusion.groupId),
                             artifactId: interpolator.interpolate(exclusion.artifactId))
            },
            systemPath: raw.systemPath.map { interpolator.interpolate($0) },
            location: SourceLocation(file: raw.file, line: raw.line))
    }

    // MARK: - Management

    /// Replaces `scope=import` entries with the managed dependencies of those BOMs (own entries win, then the
    /// imports in order, the first import of a key winning).
    private func importBOMs(into model: inout EffectiveModel, importChain: [MavenCoordinates]) {
        let isImport = { (entry: MavenDependency) in entry.scope == "import" && entry.type == "pom" }
        guard model.dependencyManagement.contains(where: isImport) else { return }
        var imported: [[MavenDependency]] = []
        // By position: iterating the elements would copy each entry of the list.
        for position in model.dependencyManagement.indices where isImport(model.dependencyManagement[position]) {
            if let list = importedManagement(model.dependencyManagement[position], into: model,
                                             importChain: importChain) {
                imported.append(list)
            }
        }
        model.dependencyManagement = withoutImports(model.dependencyManagement, isImport: isImport)
        guard !imported.isEmpty else { return }
        var keys = Set(model.dependencyManagement.map(\.managementKey))
        for list in imported {
            for entry in list where keys.insert(entry.managementKey).inserted {
                model.dependencyManagement.append(entry)
            }
        }
    }

    /// The last dependencyManagement list with imports that `withoutImports` met, and the list without them.
    private var lastWithoutImports: (list: [MavenDependency], withoutImports: [MavenDependency])?

    /// `management` without its import entries. The modules under one parent mostly have equal lists (the same
    /// interpolation of the parent's list), so the last result is kept for the next equal list: removing the
    /// imports copied every entry of a module's list, hundreds for each module of a large reactor (issue 17).
    /// The modules then share one list, which the steps after this one compare at once.
    private func withoutImports(_ management: [MavenDependency], isImport: (MavenDependency) -> Bool)
        -> [MavenDependency] {
        if let last = lastWithoutImports, last.list == management { return last.withoutImports }
        let result = management.filter { !isImport($0) }
        lastWithoutImports = (management, result)
        return result
    }

    /// The managed dependencies of one imported BOM, `nil` (with a diagnostic) when it cannot be used.
    private func importedManagement(_ entry: MavenDependency, into model: EffectiveModel,
                                    importChain: [MavenCoordinates]) -> [MavenDependency]? {
        let coordinates = MavenCoordinates(groupId: entry.groupId, artifactId: entry.artifactId, version: entry.version)
        if importChain.contains(coordinates) || coordinates == model.coordinates {
            report(Diagnostic(.error, "the BOM import of \(coordinates) is a cycle; it is skipped", at: entry.location))
            return nil
        }
        guard importChain.count < Self.maximumChainLength else {
            report(Diagnostic(.error, "BOM imports nest more than \(Self.maximumChainLength) deep", at: entry.location))
            return nil
        }
        // A missing BOM declared in a shared parent fails the same way for every child: look it up once.
        let failure = ImportFailure(coordinates: coordinates, location: entry.location)
        if failedImports.contains(failure) { return nil }
        guard let list = importedManagementOnce(entry, coordinates, into: model, importChain: importChain) else {
            failedImports.insert(failure)
            return nil
        }
        return list
    }

    private struct ImportFailure: Hashable {
        var coordinates: MavenCoordinates
        var location: SourceLocation
    }

    private var failedImports: Set<ImportFailure> = []

    /// The last dependencyManagement list `injectManagement` met, with its positions by artifactId.
    private var managementIndex: (list: [MavenDependency], positions: [String: [Int]])?

    /// The positions of a dependencyManagement list's entries by artifactId, in order. By position, not by
    /// element: a module's list may hold thousands of managed entries, and iterating the elements would copy
    /// each one.
    private static func positionsByArtifact(_ management: [MavenDependency]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for position in management.indices {
            positions[management[position].artifactId, default: []].append(position)
        }
        return positions
    }

    private func importedManagementOnce(_ entry: MavenDependency, _ coordinates: MavenCoordinates,
                                        into model: EffectiveModel,
                                        importChain: [MavenCoordinates]) -> [MavenDependency]? {
        if entry.version.isEmpty || MavenDependency.hasUnresolvedExpression(entry.version) {
            report(Diagnostic(.error, "the BOM \(entry.groupId):\(entry.artifactId) has no resolvable version "
                              + "('\(entry.version)'); its managed versions are missing", at: entry.location))
            return nil
        }
        let source: Source = reactor[coordinates].map { .file($0) } ?? .repository(coordinates)
        guard let bom = self.model(source, importChain: importChain + [model.coordinates], requestedAt: entry.location)
        else {
            report(Diagnostic(.error, "the imported BOM \(coordinates) is not in the Maven repository; the "
                              + "versions it manages are missing", at: entry.location,
                              detail: DiagnosticDetail(.missingPOM, ["\(coordinates)"])))
            return nil
        }
        return bom.dependencyManagement
    }

    /// Fills version, scope, optional and exclusions of declared dependencies from management, then defaults the
    /// scope to compile.
    private func injectManagement(into model: inout EffectiveModel) {
        // The first managed entry of each declared key. The entries are indexed by artifactId and compared in
        // full only with the declarations of that artifact: hashing the four parts of a key for every declaration
        // and candidate entry was most of this step (issue 17). The modules under one parent mostly have equal
        // lists, so the index of the last list is kept for the next model (comparing equal lists is cheap: their
        // strings share storage).
        if managementIndex?.list != model.dependencyManagement {
            managementIndex = (model.dependencyManagement, Self.positionsByArtifact(model.dependencyManagement))
        }
        let positions = managementIndex!.positions
        var managing = [Int?](repeating: nil, count: model.dependencies.count)
        for index in model.dependencies.indices {
            guard let candidates = positions[model.dependencies[index].artifactId] else { continue }
            managing[index] = candidates.first { position in
                model.dependencies[index].hasManagementKey(of: model.dependencyManagement[position])
            }
        }
        // In place: copying each declaration out and back cost more than what management changes.
        for index in model.dependencies.indices {
            if let position = managing[index] {
                model.dependencies[index].takeUnstated(from: model.dependencyManagement[position])
            }
            if model.dependencies[index].scope == nil { model.dependencies[index].scope = "compile" }
        }
    }
}

extension MavenDependency {
    /// Whether `entry` has this dependency's management key (`managementKey`), compared part by part.
    func hasManagementKey(of entry: MavenDependency) -> Bool {
        artifactId == entry.artifactId && groupId == entry.groupId && type == entry.type
            && classifier == entry.classifier
    }

    /// Takes the version, scope, optionality, exclusions and system path that a dependencyManagement `entry` of
    /// the same key states and this declaration does not.
    mutating func takeUnstated(from entry: MavenDependency) {
        if version.isEmpty { version = entry.version }
        if scope == nil { scope = entry.scope }
        if optional == nil { optional = entry.optional }
        if exclusions.isEmpty { exclusions = entry.exclusions }
        if systemPath == nil { systemPath = entry.systemPath }
    }
}

extension POMDependency {
    /// The values of a declaration that a model interpolates (`MavenModelBuilder.interpolate(_:_:)`).
    var interpolatedValues: [String] {
        [groupId, artifactId, version, type, classifier, scope, optional, systemPath].compactMap { $0 }
            + exclusions.flatMap { [$0.groupId, $0.artifactId] }
    }
}
