import Foundation
import SovScanModel
import Yams

/// All classification rules: vendors, technologies, bindings and relicensing events, merged from one or more
/// rule directories (the bundled `Rules/` first, then user layers given with `--rules`).
///
/// A directory holds `vendors.yml`, `bindings.yml`, `relicensing.yml` and `technologies/*.yml`; any of them may be
/// missing in a user layer. An entry whose `id` already exists in an earlier layer replaces it whole; a new id
/// extends the set. Two entries with one id in the same layer are an error.
public struct RuleSet: Sendable {
    /// Vendors by id.
    public private(set) var vendors: [String: Vendor] = [:]
    /// Technology rules, sorted by id.
    public private(set) var technologies: [TechnologyRule] = []
    /// Binding rules, sorted by id.
    public private(set) var bindings: [BindingRule] = []
    /// Relicensing events, sorted by id.
    public private(set) var relicensing: [RelicensingEvent] = []

    public init(vendors: [Vendor] = [], technologies: [TechnologyRule] = [], bindings: [BindingRule] = [],
                relicensing: [RelicensingEvent] = []) {
        self.vendors = Dictionary(vendors.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.technologies = technologies.sorted { $0.id < $1.id }
        self.bindings = bindings.sorted { $0.id < $1.id }
        self.relicensing = relicensing.sorted { $0.id < $1.id }
    }

    /// Loads and merges the rule directories in order, then validates the result (`RuleSet.validate()`).
    /// Returns the rules that could be read, and every problem found, sorted.
    public static func load(directories: [URL]) -> (rules: RuleSet, diagnostics: [Diagnostic]) {
        var rules = RuleSet()
        var diagnostics: [Diagnostic] = []
        for directory in directories {
            let layer = RuleLayer.read(directory: directory)
            diagnostics += layer.diagnostics
            rules.overlay(layer)
        }
        diagnostics += rules.validate()
        return (rules, diagnostics.sorted())
    }

    /// Adds a layer's entries, replacing entries with the same id.
    mutating func overlay(_ layer: RuleLayer) {
        for vendor in layer.vendors { vendors[vendor.id] = vendor }
        technologies = Self.merge(technologies, layer.technologies, id: \.id)
        bindings = Self.merge(bindings, layer.bindings, id: \.id)
        relicensing = Self.merge(relicensing, layer.relicensing, id: \.id)
    }

    private static func merge<T>(_ base: [T], _ overlay: [T], id: KeyPath<T, String>) -> [T] {
        var byID = Dictionary(base.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { _, last in last })
        for entry in overlay { byID[entry[keyPath: id]] = entry }
        return byID.values.sorted { $0[keyPath: id] < $1[keyPath: id] }
    }
}

/// The rules read from one directory, before merging.
struct RuleLayer {
    var vendors: [Vendor] = []
    var technologies: [TechnologyRule] = []
    var bindings: [BindingRule] = []
    var relicensing: [RelicensingEvent] = []
    var diagnostics: [Diagnostic] = []

    /// Reads a rules directory. Files are named `<directory's name>/<path inside it>` (`Rules/vendors.yml`) in
    /// rule locations and diagnostics, so that explanations do not depend on where the rules are installed.
    static func read(directory: URL) -> RuleLayer {
        var layer = RuleLayer()
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            layer.diagnostics.append(Diagnostic(.error, "rules directory not found",
                                                at: SourceLocation(file: directory.path)))
            return layer
        }
        for file in files(in: directory) {
            switch file.relativePath {
            case "vendors.yml": layer.readFile(file) { $0.vendors(in: $1) }.map { layer.vendors += $0 }
            case "bindings.yml": layer.readFile(file) { $0.bindings(in: $1) }.map { layer.bindings += $0 }
            case "relicensing.yml": layer.readFile(file) { $0.relicensing(in: $1) }.map { layer.relicensing += $0 }
            default: layer.readFile(file) { $0.technologies(in: $1) }.map { layer.technologies += $0 }
            }
        }
        layer.reportDuplicates()
        return layer
    }

    /// One rule file of a directory: where it is, its path inside the directory, and its name in diagnostics.
    struct RuleFile {
        var url: URL
        var relativePath: String
        var name: String
    }

    /// The rule files of a directory that exist, in reading order: `vendors.yml`, `bindings.yml`,
    /// `relicensing.yml`, then `technologies/*.yml` (and `.yaml`) sorted by name.
    static func files(in directory: URL) -> [RuleFile] {
        let manager = FileManager.default
        let label = directory.standardizedFileURL.lastPathComponent
        func file(_ relativePath: String) -> RuleFile {
            RuleFile(url: directory.appendingPathComponent(relativePath), relativePath: relativePath,
                     name: label + "/" + relativePath)
        }
        let names = (try? manager.contentsOfDirectory(atPath: directory.appendingPathComponent("technologies").path)) ?? []
        let technologies = names.sorted().filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
            .map { file("technologies/" + $0) }
        return ([file("vendors.yml"), file("bindings.yml"), file("relicensing.yml")] + technologies)
            .filter { manager.fileExists(atPath: $0.url.path) }
    }

    /// The bytes of every rule file of the directories, each named by its layer and name (the key of the rules'
    /// compiled form); `nil` when a directory or file cannot be read (the YAML loader then reports it).
    static func sources(of directories: [URL]) -> [CompiledCache.Source]? {
        var sources: [CompiledCache.Source] = []
        for (layer, directory) in directories.enumerated() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return nil }
            for file in files(in: directory) {
                guard case .success(let bytes) = FileReader(maximumSize: maximumFileSize)
                    .read(file.url.path, reportedAs: file.name) else { return nil }
                sources.append(CompiledCache.Source(name: "\(layer):\(file.name)", bytes: bytes))
            }
        }
        return sources
    }

    /// Rule files larger than this are refused.
    static let maximumFileSize = 64 << 20

    /// Reads one file if it exists; `nil` when it does not.
    private mutating func readFile<T>(_ file: RuleFile, _ parse: (inout YAMLReader, Yams.Node) -> [T]) -> [T]? {
        let url = file.url
        var reader = YAMLReader(file: file.name)
        defer { diagnostics += reader.diagnostics }
        let bytes: [UInt8]
        switch FileReader(maximumSize: Self.maximumFileSize).read(url.path, reportedAs: file.name) {
        case .success(let read): bytes = read
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(Diagnostic(.error, "the file is not UTF-8", at: SourceLocation(file: file.name)))
            return nil
        }
        guard let root = reader.compose(text) else { return [] }
        return parse(&reader, root)
    }

    private mutating func reportDuplicates() {
        func check(_ kind: String, _ entries: [(String, SourceLocation?)]) {
            var seen: [String: SourceLocation?] = [:]
            for (id, location) in entries {
                if let first = seen[id] {
                    let firstText = first.map { "\($0)" } ?? "elsewhere"
                    diagnostics.append(Diagnostic(.error, "\(kind) id '\(id)' is defined twice (first at \(firstText))",
                                                  at: location))
                } else {
                    seen[id] = location
                }
            }
        }
        check("vendor", vendors.map { ($0.id, $0.location) })
        check("technology", technologies.map { ($0.id, $0.location) })
        check("binding", bindings.map { ($0.id, $0.location) })
        check("relicensing", relicensing.map { ($0.id, $0.location) })
    }
}

