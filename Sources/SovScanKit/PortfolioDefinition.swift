import BoundedYAML
import Catalogers
import Classification
import Foundation
import SovScanModel
import Yams

/// The systems of a portfolio: either listed in a `systems.yml`, or every direct subfolder of a folder that is a
/// repository (has `.git` or at least one manifest).
///
/// ```yaml
/// systems:
///   - name: Sagsbehandling          # optional; the folder name by default
///     path: kommune-sag             # relative to the systems.yml
///     layer: fagsystemer            # national stack layer (free text)
///     criticality: high             # high | medium | low
///     personal-data: true
///     platforms:                    # the providers really behind bindings (see PlatformDeclaration)
///       - { binding: aws-s3, provider: Open Telekom Cloud, country: DE }
/// ```
public struct PortfolioDefinition: Sendable {
    /// One system of the portfolio and what the organisation knows about it.
    public struct System: Sendable, Hashable, Codable {
        public var name: String
        /// The folder to scan (absolute or as given).
        public var path: String
        public var layer: String?
        public var criticality: String?
        public var personalData: Bool?
        /// The providers the system declares behind its bindings; `nil` when it declares none.
        public var platforms: [PlatformDeclaration]?

        public init(name: String, path: String, layer: String? = nil, criticality: String? = nil, personalData: Bool? = nil,
                    platforms: [PlatformDeclaration]? = nil) {
            self.name = name
            self.path = path
            self.layer = layer
            self.criticality = criticality
            self.personalData = personalData
            self.platforms = platforms
        }
    }

    public var systems: [System]

    /// The systems of a folder: from its `systems.yml` when there is one, else its repository subfolders.
    public static func load(folder: String) -> Result<PortfolioDefinition, Diagnostic> {
        let file = URL(fileURLWithPath: folder).appendingPathComponent("systems.yml")
        if FileManager.default.fileExists(atPath: file.path) { return read(file: file) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var systems: [System] = []
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(entry).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let isRepository = FileManager.default.fileExists(atPath: path + "/.git")
                || !Discovery().manifests(under: path).files.isEmpty
            if isRepository { systems.append(System(name: entry, path: path)) }
        }
        return .success(PortfolioDefinition(systems: systems))
    }

    /// Reads a `systems.yml`; unknown keys and wrong types are errors with file and line.
    public static func read(file: URL) -> Result<PortfolioDefinition, Diagnostic> {
        let reported = file.path
        let text: String
        switch FileReader(maximumSize: 16 << 20).read(file.path, reportedAs: reported) {
        case .success(let bytes): text = String(decoding: bytes, as: UTF8.self)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let root: Node
        do {
            guard let node = try BoundedYAML.compose(text) else {
                return .failure(Diagnostic(.error, "the file is empty; expected 'systems:'", at: SourceLocation(file: reported)))
            }
            root = node
        } catch {
            return .failure(Diagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: reported)))
        }
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: reported, line: node.mark.map { $0.line }, column: node.mark.map { $0.column })
        }
        guard let mapping = root.mapping, let list = mapping["systems"]?.sequence else {
            return .failure(Diagnostic(.error, "expected a mapping with a 'systems' list", at: location(root)))
        }
        for (key, _) in mapping where key.string != "systems" {
            return .failure(Diagnostic(.error, "unknown key '\(key.string ?? "?")' (known: systems)", at: location(key)))
        }
        let known = ["name", "path", "layer", "criticality", "personal-data", "platforms"]
        var systems: [System] = []
        for item in list {
            guard let entry = item.mapping else {
                return .failure(Diagnostic(.error, "each system is a mapping with at least 'path'", at: location(item)))
            }
            for (key, _) in entry where !known.contains(key.string ?? "") {
                return .failure(Diagnostic(.error, "unknown key '\(key.string ?? "?")' (known: \(known.joined(separator: ", ")))", at: location(key)))
            }
            guard let path = entry["path"]?.string, !path.isEmpty else {
                return .failure(Diagnostic(.error, "a system needs a 'path'", at: location(item)))
            }
            if let node = entry["criticality"], !["high", "medium", "low"].contains(node.string ?? "") {
                return .failure(Diagnostic(.error, "criticality is high, medium or low, not '\(node.string ?? "?")'", at: location(node)))
            }
            var personalData: Bool?
            if let flag = entry["personal-data"] {
                guard let value = flag.bool else {
                    return .failure(Diagnostic(.error, "personal-data is true or false", at: location(flag)))
                }
                personalData = value
            }
            var platforms: [PlatformDeclaration]?
            if let node = entry["platforms"] {
                let parsed = PlatformDeclaration.parse(node, file: reported)
                if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) { return .failure(problem) }
                platforms = parsed.declarations
            }
            let absolute = path.hasPrefix("/") ? path : file.deletingLastPathComponent().appendingPathComponent(path).path
            systems.append(System(name: entry["name"]?.string ?? URL(fileURLWithPath: path).lastPathComponent, path: absolute,
                                  layer: entry["layer"]?.string, criticality: entry["criticality"]?.string,
                                  personalData: personalData, platforms: platforms))
        }
        return .success(PortfolioDefinition(systems: systems))
    }
}
