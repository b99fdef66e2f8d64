import Foundation
import SovScanModel

/// The rules in `BinaryWriter`'s compact form, kept in a `CompiledCache`: a process loads the bundled rules (and
/// unchanged `--rules` layers) in about a millisecond instead of parsing their YAML. The YAML stays the only
/// source: the cache key holds every rule file's bytes, and only a load without any diagnostic is stored.
extension RuleSet {
    /// Bumped whenever the compact form changes (the key also changes with every rebuild of sovscan).
    static let compiledFormatVersion = 11

    /// `load(directories:)` through `cache`: the compiled rules when the cache (or the form compiled at build time)
    /// holds the same files' compiled form, else the YAML is parsed (and stored when it loads without a problem).
    public static func load(directories: [URL], cache: CompiledCache?) -> (rules: RuleSet, diagnostics: [Diagnostic]) {
        let found = find(directories: directories, cache: cache)
        return (found.rules.value, found.diagnostics)
    }

    /// `load(directories:cache:)` with the decoding of a form compiled at build time left until the rules are first
    /// read: it was made from the same files by the same build and had no diagnostic, so what the rules will say
    /// about themselves is known without decoding them. Parsed rules and entries of the cache folder (which may be
    /// damaged, and then are parsed) are read at once.
    public static func find(directories: [URL], cache: CompiledCache?) -> FoundRules {
        guard let cache, let sources = RuleLayer.sources(of: directories) else {
            return FoundRules(loaded: load(directories: directories), bundledSourceKey: nil)
        }
        let sourceKey = compiledSourceKey(sources)
        if let form = cache.prebuilt[sourceKey] {
            let rules = LoadedOnce { (try? RuleSet(compiled: form.value)) ?? load(directories: directories).rules }
            return FoundRules(rules: rules, diagnostics: [], bundledSourceKey: sourceKey)
        }
        if let bytes = cache.load(sourceKey: sourceKey), let rules = try? RuleSet(compiled: bytes) {
            return FoundRules(loaded: (rules, []), bundledSourceKey: nil)
        }
        let loaded = load(directories: directories)
        if loaded.diagnostics.isEmpty { cache.store(loaded.rules.compiled(), key: CompiledCache.key(sourceKey: sourceKey)) }
        return FoundRules(loaded: loaded, bundledSourceKey: nil)
    }

    /// The rules of `directories` compiled, with the `CompiledCache.sourceKey` of their files, for the build-time
    /// compiler (`sovscan-compile-rules`); `nil` when a file cannot be read or the rules have any diagnostic (they
    /// are then parsed at run time, which reports them).
    public static func compiledForm(directories: [URL]) -> (sourceKey: String, bytes: [UInt8])? {
        guard let sources = RuleLayer.sources(of: directories) else { return nil }
        let loaded = load(directories: directories)
        guard loaded.diagnostics.isEmpty else { return nil }
        return (compiledSourceKey(sources), loaded.rules.compiled())
    }

    private static func compiledSourceKey(_ sources: [CompiledCache.Source]) -> String {
        CompiledCache.sourceKey(kind: "rules", formatVersion: compiledFormatVersion, sources: sources)
    }

    /// The compact form of these rules.
    public func compiled() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.compiledFormatVersion)
        writer.write(vendors.values.sorted { $0.id < $1.id }) { $0.write($1) }
        writer.write(technologies) { $0.write($1) }
        writer.write(bindings) { $0.write($1) }
        writer.write(relicensing) { $0.write($1) }
        return writer.bytes
    }

    /// Reads what `compiled()` wrote; throws on bytes of another format version or damaged bytes.
    public init(compiled bytes: [UInt8]) throws(BinaryReader.Malformed) {
        var reader = BinaryReader(bytes)
        guard try reader.readInt() == Self.compiledFormatVersion else { throw BinaryReader.Malformed(offset: 0) }
        let vendors = try reader.readArray { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            try reader.readVendor()
        }
        let technologies = try reader.readArray { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            try reader.readTechnology()
        }
        let bindings = try reader.readArray { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            try reader.readBinding()
        }
        let relicensing = try reader.readArray { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            try reader.readRelicensing()
        }
        guard reader.isAtEnd else { throw BinaryReader.Malformed(offset: reader.offset) }
        self.init(vendors: vendors, technologies: technologies, bindings: bindings, relicensing: relicensing)
    }
}

/// The rules of a set of folders as `RuleSet.find(directories:cache:)` found them: their diagnostics now, the rules
/// themselves when first read.
public struct FoundRules: Sendable {
    /// The rules, decoded or parsed at the first read.
    public let rules: LoadedOnce<RuleSet>
    /// Problems found in the rules.
    public let diagnostics: [Diagnostic]
    /// The `CompiledCache.sourceKey` of the form compiled when sovscan was built that the rules come from; `nil`
    /// when they come from anywhere else.
    public let bundledSourceKey: String?

    init(rules: LoadedOnce<RuleSet>, diagnostics: [Diagnostic], bundledSourceKey: String?) {
        self.rules = rules
        self.diagnostics = diagnostics
        self.bundledSourceKey = bundledSourceKey
    }

    init(loaded: (rules: RuleSet, diagnostics: [Diagnostic]), bundledSourceKey: String?) {
        self.init(rules: LoadedOnce(loaded: loaded.rules), diagnostics: loaded.diagnostics,
                  bundledSourceKey: bundledSourceKey)
    }
}

extension BinaryWriter {
    mutating func write(_ vendor: Vendor) {
        write(vendor.id)
        write(vendor.name)
        write(vendor.country)
        write(vendor.bloc.rawValue)
        write(vendor.governance.rawValue)
        write(vendor.parent)
        write(vendor.sources)
        write(vendor.note)
        write(vendor.location) { $0.write($1) }
    }

    mutating func write(_ rule: TechnologyRule) {
        write(rule.id)
        write(rule.name)
        write(rule.level?.rawValue)
        write(rule.vendor)
        write(rule.patterns) { $0.write($1) }
        write(rule.license)
        write(rule.licenseSource)
        write(rule.buildTime) { $0.write($1) }
        write(rule.knownDependencies) { $0.write($1) }
        write(DevelopmentFeatures.Kind.allCases) { writer, kind in
            writer.write(rule.developmentFeatures.members[kind] ?? []) { $0.write($1) }
        }
        write(rule.products) { writer, products in
            writer.write(products.levels.sorted { $0.key < $1.key }) { writer, entry in
                writer.write(entry.key)
                writer.write(entry.value.rawValue)
            }
            writer.write(products.shared.sorted()) { $0.write($1) }
            writer.write(products.source)
        }
        write(rule.note)
        write(rule.location) { $0.write($1) }
    }

    mutating func write(_ rule: BindingRule) {
        write(rule.id)
        write(rule.platform)
        write(rule.vendor)
        write(rule.kind.rawValue)
        write(rule.proprietary)
        write(rule.patterns) { $0.write($1) }
        write(rule.exclusions) { $0.write($1) }
        write(rule.alternatives) { writer, alternatives in
            writer.write(alternatives.role)
            writer.write(alternatives.patterns) { $0.write($1) }
            writer.write(alternatives.sources)
        }
        write(rule.s3Clients) { writer, clients in
            writer.write(clients.role)
            writer.write(clients.alternatives)
            writer.write(clients.patterns) { $0.write($1) }
            writer.write(clients.sources)
        }
        write(rule.note)
        write(rule.location) { $0.write($1) }
    }

    mutating func write(_ event: RelicensingEvent) {
        write(event.id)
        write(event.project)
        write(event.vendor)
        write(event.patterns) { $0.write($1) }
        write(event.versions.text)
        write(event.from)
        write(event.to)
        write(event.ossAfter)
        write(event.date)
        write(event.sources)
        write(event.note)
        write(event.location) { $0.write($1) }
    }

    mutating func write(_ stated: StatedDependencies) {
        write(stated.of) { $0.write($1) }
        write(stated.dependencies) { $0.write($1) }
        write(stated.products)
        write(stated.source)
    }

    mutating func write(_ spec: PatternSpec) {
        write(spec.pattern.text)
        write(spec.pattern.normalized)
        write(spec.versions?.text)
    }

    mutating func write(_ location: SourceLocation) {
        write(location.file)
        write(location.line)
        write(location.column)
    }
}

extension BinaryReader {
    mutating func readVendor() throws(Malformed) -> Vendor {
        Vendor(id: try readString(), name: try readString(), country: try readOptionalString(),
               bloc: try readEnum(Bloc.self), governance: try readEnum(Governance.self),
               parent: try readOptionalString(), sources: try readStrings(), note: try readOptionalString(),
               location: try readLocation())
    }

    mutating func readTechnology() throws(Malformed) -> TechnologyRule {
        let id = try readString()
        let name = try readString()
        let start = offset
        let level = try readOptionalString()
        guard level == nil || StackLevel(rawValue: level ?? "") != nil else { throw Malformed(offset: start) }
        return TechnologyRule(id: id, name: name, level: level.flatMap(StackLevel.init(rawValue:)),
                              vendor: try readOptionalString(), patterns: try readPatterns(),
                              license: try readOptionalString(), licenseSource: try readOptionalString(),
                              buildTime: try readOptional { (reader: inout BinaryReader) throws(Malformed) in
                                  try reader.readStatedDependencies()
                              },
                              knownDependencies: try readArray { (reader: inout BinaryReader) throws(Malformed) in
                                  try reader.readStatedDependencies()
                              },
                              developmentFeatures: try readDevelopmentFeatures(),
                              products: try readOptional { (reader: inout BinaryReader) throws(Malformed) in
                                  try reader.readProductLevels()
                              },
                              note: try readOptionalString(), location: try readLocation())
    }

    /// A `StatedDependencies` as `write(_: StatedDependencies)` wrote it.
    mutating func readStatedDependencies() throws(Malformed) -> StatedDependencies {
        StatedDependencies(of: try readPatterns(), dependencies: try readPatterns(), products: try readStrings(),
                           source: try readString())
    }

    mutating func readDevelopmentFeatures() throws(Malformed) -> DevelopmentFeatures {
        let lists = try readArray { (reader: inout BinaryReader) throws(Malformed) in try reader.readPatterns() }
        let kinds = DevelopmentFeatures.Kind.allCases
        guard lists.count == kinds.count else { throw Malformed(offset: offset) }
        return DevelopmentFeatures(Dictionary(uniqueKeysWithValues: zip(kinds, lists)))
    }

    mutating func readProductLevels() throws(Malformed) -> ProductLevels {
        let entries = try readArray { (reader: inout BinaryReader) throws(Malformed) -> (String, StackLevel) in
            (try reader.readString(), try reader.readEnum(StackLevel.self))
        }
        let shared = try readStrings()
        return ProductLevels(levels: Dictionary(entries) { first, _ in first }, shared: Set(shared), source: try readString())
    }

    mutating func readBinding() throws(Malformed) -> BindingRule {
        BindingRule(id: try readString(), platform: try readString(), vendor: try readString(),
                    kind: try readEnum(BindingKind.self), proprietary: try readBool(), patterns: try readPatterns(),
                    exclusions: try readPatterns(),
                    alternatives: try readOptional { (reader: inout BinaryReader) throws(Malformed) in
                        BindingAlternatives(role: try reader.readString(), patterns: try reader.readPatterns(),
                                            sources: try reader.readStrings())
                    },
                    s3Clients: try readOptional { (reader: inout BinaryReader) throws(Malformed) in
                        S3ClientPackages(role: try reader.readString(), alternatives: try reader.readStrings(),
                                         patterns: try reader.readPatterns(), sources: try reader.readStrings())
                    },
                    note: try readOptionalString(), location: try readLocation())
    }

    mutating func readRelicensing() throws(Malformed) -> RelicensingEvent {
        RelicensingEvent(id: try readString(), project: try readString(), vendor: try readOptionalString(),
                         patterns: try readPatterns(), versions: try readRange(), from: try readString(),
                         to: try readString(), ossAfter: try readBool(), date: try readString(),
                         sources: try readStrings(), note: try readOptionalString(), location: try readLocation())
    }

    private mutating func readPatterns() throws(Malformed) -> [PatternSpec] {
        try readArray { (reader: inout BinaryReader) throws(Malformed) in
            let start = reader.offset
            let text = try reader.readString()
            let normalized = try reader.readString()
            guard let pattern = PurlPattern(compiledText: text, normalized: normalized) else {
                throw Malformed(offset: start)
            }
            let versions = try reader.readOptional { (reader: inout BinaryReader) throws(Malformed) in
                try reader.readRange()
            }
            return PatternSpec(pattern: pattern, versions: versions)
        }
    }

    private mutating func readRange() throws(Malformed) -> VersionRange {
        let start = offset
        guard let range = try? VersionRange(try readString()) else { throw Malformed(offset: start) }
        return range
    }

    private mutating func readLocation() throws(Malformed) -> SourceLocation? {
        try readOptional { (reader: inout BinaryReader) throws(Malformed) in
            SourceLocation(file: try reader.readString(), line: try reader.readOptionalInt(),
                           column: try reader.readOptionalInt())
        }
    }
}
