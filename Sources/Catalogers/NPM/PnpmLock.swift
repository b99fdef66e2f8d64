import SovScanModel
import Yams

/// Reads `pnpm-lock.yaml` of lockfile versions 5.x (`/name/1.0.0_peer`), 6.x (`/name@1.0.0(peer)`) and 9.x
/// (`packages` + `snapshots`, `name@1.0.0(peer)`), with `importers` (workspaces) or the single-project layout.
struct PnpmLock {
    let file: String
    /// The lockfile's folder relative to the scanned root.
    let directory: String
    /// The name of the scanned folder (names a nameless package at the top).
    let rootName: String
    /// The importer folders (relative to the lockfile's folder) and the packages, linked by id; `manifest` gives
    /// the `package.json` of an importer folder (`""` for the root) when there is one.
    func packages(_ bytes: [UInt8], diagnostics: inout [Diagnostic],
                  manifest manifestAt: (String) -> PackageJSON?) -> [String: FlatPackage]? {
        guard let root = NPMYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        guard root.mapping != nil else {
            diagnostics.append(Diagnostic(.error, "a pnpm-lock.yaml holds a mapping", at: NPMYAML.location(of: root, file: file)))
            return nil
        }
        let versionText = NPMYAML.text(root["lockfileVersion"]) ?? ""
        let major = Int(versionText.split(separator: ".").first ?? "") ?? 0
        if !(5...9).contains(major) {
            diagnostics.append(Diagnostic(.warning, "lockfileVersion '\(versionText)' is not one sovscan knows (5.x, 6.x, 9.x); reading it as 9.x",
                                          at: root["lockfileVersion"].map { NPMYAML.location(of: $0, file: file) } ?? SourceLocation(file: file, line: 1)))
        }
        let style: KeyStyle = major == 5 ? .slashes : major >= 9 || major < 5 ? .plain : .at

        var packages: [String: FlatPackage] = [:]
        // Package metadata (9.x keeps it apart from the dependency graph in `snapshots`).
        let metadata = Dictionary(NPMYAML.members(of: root["packages"]).map { ($0.key, $0) }) { first, _ in first }
        let graph = style == .plain ? NPMYAML.members(of: root["snapshots"]) : NPMYAML.members(of: root["packages"])
        for (key, keyNode, value) in graph {
            let info = metadata[key] ?? metadata[Self.withoutPeers(key)]
            let described = info?.value ?? value
            let parsed = style.nameAndVersion(of: key)
            let name = NPMYAML.text(described["name"]) ?? parsed.name
            guard !name.isEmpty else {
                diagnostics.append(Diagnostic(.warning, "cannot read a package name from '\(key)'",
                                              at: NPMYAML.location(of: keyNode, file: file)))
                continue
            }
            var package = FlatPackage(id: key, name: name, version: NPMYAML.text(described["version"]) ?? parsed.version,
                                      locations: [NPMYAML.location(of: info?.keyNode ?? keyNode, file: file)])
            let resolution = described["resolution"]
            package.integrity = NPMYAML.text(resolution?["integrity"])
            package.resolved = NPMYAML.text(resolution?["tarball"]) ?? NPMYAML.text(resolution?["repo"])
            package.executables = NPMYAML.text(described["hasBin"]) == "true" ? ScriptOnlyDependencies.likelyExecutables(of: name) : []
            for (field, kind) in [("dependencies", NPMDependencyKind.production), ("optionalDependencies", .optional)] {
                for (dependency, dependencyKey, reference) in NPMYAML.members(of: value[field]) {
                    guard let reference = NPMYAML.text(reference) else { continue }
                    package.dependencies.append(FlatDependency(
                        name: dependency, kind: kind, target: style.key(for: dependency, reference: reference, from: ""),
                        location: NPMYAML.location(of: dependencyKey, file: file), specifier: reference))
                }
            }
            packages[key] = package
        }

        // Importers: `importers` (workspaces, and always in 9.x) or the top level of a single project.
        var importerNodes = NPMYAML.members(of: root["importers"]).map { (path: $0.key == "." ? "" : $0.key, node: $0.value) }
        if importerNodes.isEmpty { importerNodes = [("", root)] }
        for (path, node) in importerNodes {
            let id = "importer:" + path
            let manifest = manifestAt(path)
            let importer = NPMImporter(path: path, manifest: manifest, folder: NPMPath.join(directory, path),
                                       rootName: rootName)
            var package = importer.package(id: id, lockfile: file)
            let declared = Dictionary((manifest?.dependencies ?? []).map { ($0.name, $0.location) }) { first, _ in first }
            for (field, kind) in [("dependencies", NPMDependencyKind.production), ("devDependencies", .dev),
                                  ("optionalDependencies", .optional)] {
                for (dependency, dependencyKey, value) in NPMYAML.members(of: node[field]) {
                    // 5.x: `name: version`; 6.x and 9.x: `name: {specifier, version}`.
                    guard let reference = NPMYAML.text(value) ?? NPMYAML.text(value["version"]) else { continue }
                    let specifier = NPMYAML.text(value["specifier"]) ?? NPMYAML.text(node["specifiers"]?[dependency]) ?? reference
                    package.dependencies.append(FlatDependency(
                        name: dependency, kind: kind, target: style.key(for: dependency, reference: reference, from: path),
                        location: declared[dependency] ?? NPMYAML.location(of: dependencyKey, file: file),
                        specifier: specifier))
                }
            }
            packages[id] = package
        }
        return packages
    }

    /// A key without its peer suffix (`a@1.0.0(b@2.0.0)` gives `a@1.0.0`).
    static func withoutPeers(_ key: String) -> String {
        guard let open = key.firstIndex(of: "(") else { return key }
        return String(key[..<open])
    }

    /// How a lockfile version writes package keys.
    private enum KeyStyle {
        /// 5.x: `/name/1.0.0_peer@1.0.0`.
        case slashes
        /// 6.x: `/name@1.0.0(peer@1.0.0)`.
        case at
        /// 9.x: `name@1.0.0(peer@1.0.0)`.
        case plain

        /// The package key a dependency reference points at; importer ids for `link:` references.
        func key(for name: String, reference: String, from importerPath: String) -> String {
            if reference.hasPrefix("link:") {
                return "importer:" + NPMPath.join(importerPath, String(reference.dropFirst(5)))
            }
            switch self {
            case .slashes:
                return reference.hasPrefix("/") ? reference : "/" + name + "/" + reference
            case .at:
                return reference.hasPrefix("/") ? reference : "/" + name + "@" + reference
            case .plain:
                // An alias names its target: `real@1.0.0`.
                let searchStart = reference.hasPrefix("@") ? reference.index(after: reference.startIndex) : reference.startIndex
                let peerStart = reference.firstIndex(of: "(") ?? reference.endIndex
                if let at = reference[searchStart..<peerStart].firstIndex(of: "@"), at > searchStart {
                    return reference
                }
                return name + "@" + reference
            }
        }

        /// The name and version written in a package key.
        func nameAndVersion(of key: String) -> (name: String, version: String?) {
            var text = Substring(key)
            if text.hasPrefix("/") { text = text.dropFirst() }
            switch self {
            case .slashes:
                let segments = text.split(separator: "/", omittingEmptySubsequences: false)
                let nameCount = text.hasPrefix("@") ? 2 : 1
                guard segments.count > nameCount else { return (String(text), nil) }
                let name = segments[..<nameCount].joined(separator: "/")
                let version = segments[nameCount...].joined(separator: "/")
                return (name, String(version.split(separator: "_", maxSplits: 1).first ?? Substring(version)))
            case .at, .plain:
                if let open = text.firstIndex(of: "(") { text = text[..<open] }
                let searchStart = text.hasPrefix("@") ? text.index(after: text.startIndex) : text.startIndex
                guard let at = text[searchStart...].firstIndex(of: "@") else { return (String(text), nil) }
                return (String(text[..<at]), String(text[text.index(after: at)...]))
            }
        }
    }
}
