import BoundedYAML
import Foundation
import SovScanModel
import Yams

/// Loads a policy file strictly (unknown keys, wrong types, bad patterns and YAML errors are `PolicyError`s with
/// file and line) and resolves `extends:` against bundled profiles and other files.
public struct PolicyLoader: Sendable {
    /// The folder of bundled profiles (`Rules/profiles`), `nil` when none is available.
    public var profilesDirectory: URL?

    /// How deep `extends:` may nest.
    static let maximumDepth = 16
    /// The largest policy file read (bytes).
    static let maximumFileSize = 16 << 20

    static let topLevelKeys = ["extends", "description", "licenses", "share", "seal", "vendors", "blocs", "packages",
                               "bindings", "platforms", "relicensed", "ignore-scopes", "ignore-levels", "exceptions", "exception-max-months",
                               "expiry-warning-days", "severity"]

    public init(profilesDirectory: URL?) {
        self.profilesDirectory = profilesDirectory
    }

    /// The names of the bundled profiles, sorted.
    public var profileNames: [String] {
        guard let profilesDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: profilesDirectory.path) else { return [] }
        return names.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Loads the policy at `path` (named `path` in messages) with everything it extends.
    /// - Throws: `PolicyError` with file, line and key.
    public func load(path: String) throws -> Policy {
        var sources: [String] = []
        let layer = try resolve(path: path, chain: [], sources: &sources)
        return layer.policy(sources: sources)
    }

    /// Loads a bundled profile by name.
    /// - Throws: `PolicyError`.
    public func loadProfile(_ name: String) throws -> Policy {
        var sources: [String] = []
        let layer = try resolve(path: try profilePath(name, from: nil), chain: [], sources: &sources)
        return layer.policy(sources: sources)
    }

    /// Parses policy text alone (no `extends:` resolution); for checking one file.
    func parse(text: String, file: String) throws(PolicyError) -> PolicyLayer {
        let root: Node?
        do {
            root = try BoundedYAML.compose(text)
        } catch let error as BoundedYAML.TooLarge {
            throw PolicyError(file: file, message: error.description)
        } catch let error as YamlError {
            throw Self.policyError(error, file: file)
        } catch {
            throw PolicyError(file: file, message: "cannot read the YAML: \(error)")
        }
        guard let root, !YAMLNodeReader(file: file).isNull(root) else { return PolicyLayer() }
        return try PolicyFileParser(reader: YAMLNodeReader(file: file)).layer(root)
    }

    private func resolve(path: String, chain: [String], sources: inout [String]) throws(PolicyError) -> PolicyLayer {
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
        guard !chain.contains(canonical) else {
            throw PolicyError(file: path, message: "'extends' forms a cycle: \((chain + [canonical]).joined(separator: " → "))")
        }
        guard chain.count < Self.maximumDepth else {
            throw PolicyError(file: path, message: "'extends' nests deeper than \(Self.maximumDepth) files")
        }
        let bytes: [UInt8]
        switch FileReader(maximumSize: Self.maximumFileSize).read(path, reportedAs: path) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): throw PolicyError(file: path, message: "cannot read the policy file: \(diagnostic.message)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PolicyError(file: path, message: "the policy file is not UTF-8")
        }
        let own = try parse(text: text, file: path)
        sources.append(sourceName(path))
        var merged = PolicyLayer()
        for parent in own.extends {
            let parentPath = try profilePath(parent.name, from: parent.location)
            var inherited = try resolve(path: parentPath, chain: chain + [canonical], sources: &sources)
            // Findings about inherited requirements point at the `extends` entry of this file, inside the
            // repository, rather than into the profile.
            for key in inherited.shares.keys { inherited.shares[key]?.location = parent.location }
            if inherited.sealSystem != nil { inherited.sealSystemLocation = parent.location }
            merged = merged.overlaid(by: inherited)
        }
        return merged.overlaid(by: own)
    }

    /// How a policy file is named in `Policy.sources`: a bundled profile as `Rules/profiles/<name>.yml` (its place
    /// inside the rules folder, whatever the installation), any other file as given.
    private func sourceName(_ path: String) -> String {
        guard let profilesDirectory else { return path }
        let folder = profilesDirectory.standardizedFileURL
        let file = URL(fileURLWithPath: path).standardizedFileURL
        guard file.deletingLastPathComponent().path == folder.path else { return path }
        return [folder.deletingLastPathComponent().lastPathComponent, folder.lastPathComponent, file.lastPathComponent]
            .joined(separator: "/")
    }

    /// A name without `/` or `.yml` is a bundled profile; anything else a file relative to the extending file.
    private func profilePath(_ name: String, from location: SovScanModel.SourceLocation?) throws(PolicyError) -> String {
        let isFile = name.contains("/") || name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        if isFile {
            guard let location else { return name }
            if name.hasPrefix("/") { return name }
            return URL(fileURLWithPath: location.file).deletingLastPathComponent().appendingPathComponent(name).path
        }
        if let profilesDirectory {
            let candidate = profilesDirectory.appendingPathComponent(name + ".yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        let known = profileNames
        throw PolicyError(file: location?.file ?? "--profile", line: location?.line, column: location?.column,
                          key: location == nil ? "" : "extends",
                          message: "no bundled profile '\(name)'" + (known.isEmpty ? " (no profiles folder found)" : "; profiles are \(known.joined(separator: ", "))"))
    }

    static func policyError(_ error: YamlError, file: String) -> PolicyError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return PolicyError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        case let .reader(problem, _, _, _):
            return PolicyError(file: file, message: "invalid YAML: \(problem)")
        default:
            return PolicyError(file: file, message: "invalid YAML: \(error)")
        }
    }
}
