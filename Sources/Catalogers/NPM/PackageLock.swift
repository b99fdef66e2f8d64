import SovScanModel

/// One package of an npm lockfile, at its install path.
struct LockEntry: Sendable {
    /// The install path relative to the lockfile's folder: `""` for the root, `node_modules/a`,
    /// `node_modules/a/node_modules/@s/b`, or a workspace folder `packages/x`.
    let path: String
    /// The real package name (an alias's target, not the folder name).
    var name: String
    var version: String?
    var resolved: String?
    var integrity: String?
    var licenses: [DeclaredLicense] = []
    var isDev = false
    var isOptional = false
    var isDevOptional = false
    var isPeer = false
    var inBundle = false
    /// A symbolic link to `resolved` (a workspace or `file:` folder); the target has its own entry.
    var isLink = false
    var dependencies: [NPMDependencyDeclaration] = []
    /// The names of the executables the package installs (`bin` of lockfile versions 2 and 3).
    var bins: [String] = []
    /// The entry's key in the lockfile.
    let location: SourceLocation

    /// Whether the path lies inside a `node_modules` folder (a third-party install, not a project folder).
    let isInstalled: Bool

    init(path: String, name: String, location: SourceLocation) {
        self.path = path
        self.name = name
        self.location = location
        isInstalled = NPMPath.isInsideNodeModules(path)
    }
}

/// A `package-lock.json` or `npm-shrinkwrap.json` read into entries by install path.
struct PackageLock: Sendable {
    let file: String
    let lockfileVersion: Int
    /// The entries in the order the lockfile lists their install paths, each path once (its last entry counts),
    /// the root (`""`; for version 1 made from the top-level fields) first: a deterministic order that costs no
    /// sorting. Read them in place (`entries[position].isLink`): a `LockEntry` holds many strings and arrays,
    /// and a copy per lookup retains and releases each of them.
    let entries: [LockEntry]
    /// The position in `entries` of each install path.
    let positions: [String: Int]

    /// Reads a lockfile of version 1, 2 or 3; `nil` with an error diagnostic when it cannot be used at all.
    static func parse(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> PackageLock? {
        guard let document = NPMJSON.parse(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root.object else {
            diagnostics.append(Diagnostic(.error, "a lockfile holds an object, not \(document.root.kindName)",
                                          at: document.location(of: document.root, file: file)))
            return nil
        }
        var reader = Reader(document: document, file: file)
        let versionValue = root["lockfileVersion"]
        var version = versionValue?.int ?? 1
        if let versionValue, versionValue.int == nil || !(1...3).contains(version) {
            let shown = versionValue.numberText ?? versionValue.string ?? versionValue.kindName
            let fallback = root["packages"] != nil ? "its 'packages'" : "its 'dependencies'"
            diagnostics.append(Diagnostic(.warning, "lockfileVersion \(shown) is not one sovscan knows (1-3); reading \(fallback)",
                                          at: document.location(of: versionValue, file: file)))
            version = root["packages"] != nil ? 3 : 1
        }
        if version >= 2, let packages = root["packages"] {
            guard let map = packages.object else {
                diagnostics.append(Diagnostic(.error, "'packages' should be an object, not \(packages.kindName)",
                                              at: document.location(of: packages, file: file)))
                return nil
            }
            reader.readPackages(map)
        } else {
            if version >= 2 {
                diagnostics.append(Diagnostic(.warning, "lockfileVersion \(version) without 'packages'; reading 'dependencies'",
                                              at: SourceLocation(file: file, line: 1)))
            }
            reader.readRootV1(root)
            if let dependencies = root["dependencies"] {
                if let map = dependencies.object {
                    reader.readDependenciesV1(map)
                } else {
                    reader.diagnostics.append(Diagnostic(
                        .error, "'dependencies' should be an object, not \(dependencies.kindName)",
                        at: document.location(of: dependencies, file: file)))
                }
            }
        }
        diagnostics += reader.diagnostics
        reader.putRootFirst()
        return PackageLock(file: file, lockfileVersion: version, entries: reader.entries, positions: reader.positions)
    }
}

/// Walks the JSON of a lockfile into `LockEntry` values.
private struct Reader {
    let document: JSONDocument
    let file: String
    /// The entries in the order their paths first appear, and the position of each path.
    var entries: [LockEntry] = []
    var positions: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []

    init(document: JSONDocument, file: String) {
        self.document = document
        self.file = file
    }

    /// Version 2 and 3: `packages` keyed by install path.
    mutating func readPackages(_ packages: JSONObject) {
        for member in packages.members {
            let location = document.location(ofOffset: member.keyOffset, file: file)
            guard let object = member.value.object else {
                diagnostics.append(Diagnostic(.warning, "the entry '\(member.key)' should be an object, not \(member.value.kindName)",
                                              at: location))
                continue
            }
            let path = member.key
            guard NPMPath.isPlainRelative(path) else {
                diagnostics.append(Self.unsafePath(path, at: location))
                continue
            }
            let declaredName = NPMJSON.string("name", in: object, document: document, file: file, diagnostics: &diagnostics)
            // A workspace folder without a name is named by the link to it (see `PackageLockProject`).
            let name = declaredName ?? NPMPackageName.installedName(atPath: path) ?? ""
            var entry = LockEntry(path: path, name: name, location: location)
            entry.version = NPMJSON.string("version", in: object, document: document, file: file, diagnostics: &diagnostics)
            entry.resolved = NPMJSON.string("resolved", in: object, document: document, file: file, diagnostics: &diagnostics)
            entry.integrity = NPMJSON.string("integrity", in: object, document: document, file: file, diagnostics: &diagnostics)
            entry.licenses = NPMJSON.licenses(in: object, document: document, file: file, source: .lockfile)
            entry.isDev = flag("dev", in: object)
            entry.isOptional = flag("optional", in: object)
            entry.isDevOptional = flag("devOptional", in: object)
            entry.isPeer = flag("peer", in: object)
            entry.inBundle = flag("inBundle", in: object)
            entry.isLink = flag("link", in: object)
            entry.bins = object["bin"]?.object?.members.map(\.key) ?? []
            // npm records devDependencies only for the root and workspace folders, where they matter.
            entry.dependencies = NPMJSON.declarations(in: object, document: document, file: file, diagnostics: &diagnostics)
            add(entry)
        }
    }

    /// Keeps an entry; a path seen before keeps its place and takes the new entry (the last one counts, as for a
    /// repeated JSON key).
    mutating func add(_ entry: LockEntry) {
        if let position = positions[entry.path] {
            entries[position] = entry
        } else {
            positions[entry.path] = entries.count
            entries.append(entry)
        }
    }

    /// Moves the root's entry, if there is one, to the front.
    mutating func putRootFirst() {
        guard let root = positions[""], root != 0 else { return }
        entries.insert(entries.remove(at: root), at: 0)
        for position in 0...root { positions[entries[position].path] = position }
    }

    /// An install path that leaves its folder or names none (`node_modules/..`, `/etc`): never a package.
    static func unsafePath(_ path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "the entry '\(path)' is not a plain relative install path (absolute, '.', '..' or empty segments); skipped",
                   at: location)
    }

    /// Version 1: the root's name and version from the top level.
    mutating func readRootV1(_ root: JSONObject) {
        var entry = LockEntry(path: "", name: root["name"]?.string ?? "",
                              location: SourceLocation(file: file, line: 1))
        entry.version = root["version"]?.string
        add(entry)
    }

    /// Version 1: nested `dependencies`, walked with an explicit stack (no recursion on input depth).
    mutating func readDependenciesV1(_ top: JSONObject) {
        var pending: [(parentPath: String, map: JSONObject)] = [("", top)]
        while let (parentPath, map) = pending.popLast() {
            for member in map.members {
                let location = document.location(ofOffset: member.keyOffset, file: file)
                guard let object = member.value.object else {
                    diagnostics.append(Diagnostic(.warning, "the entry '\(member.key)' should be an object, not \(member.value.kindName)",
                                                  at: location))
                    continue
                }
                let path = (parentPath.isEmpty ? "" : parentPath + "/") + "node_modules/" + member.key
                guard NPMPath.isPlainRelative(path) else {
                    diagnostics.append(Self.unsafePath(path, at: location))
                    continue
                }
                var entry = LockEntry(path: path, name: member.key, location: location)
                let versionText = NPMJSON.string("version", in: object, document: document, file: file, diagnostics: &diagnostics)
                if let versionText {
                    let specifier = NPMSpecifier(versionText)
                    if let target = specifier.aliasTarget {
                        entry.name = target
                        entry.version = specifier.range
                    } else if specifier.isNonRegistry {
                        entry.version = versionText.split(separator: "#").last.map(String.init) ?? versionText
                    } else {
                        entry.version = versionText
                    }
                }
                entry.resolved = NPMJSON.string("resolved", in: object, document: document, file: file, diagnostics: &diagnostics)
                    ?? (entry.version != versionText ? versionText : nil)
                entry.integrity = NPMJSON.string("integrity", in: object, document: document, file: file, diagnostics: &diagnostics)
                entry.isDev = flag("dev", in: object)
                entry.isOptional = flag("optional", in: object)
                entry.inBundle = flag("bundled", in: object)
                if let requires = object["requires"]?.object {
                    entry.dependencies = requires.members.compactMap { required in
                        guard let range = required.value.string else { return nil }
                        return NPMDependencyDeclaration(
                            name: required.key, specifier: range, kind: .production,
                            location: document.location(ofOffset: required.keyOffset, file: file))
                    }
                }
                add(entry)
                if let nested = object["dependencies"]?.object { pending.append((path, nested)) }
            }
        }
    }

    private func flag(_ key: String, in object: JSONObject) -> Bool { object[key]?.bool ?? false }
}
