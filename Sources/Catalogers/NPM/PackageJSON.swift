import SovScanModel

/// What sovscan reads from one `package.json`.
struct PackageJSON: Sendable {
    /// The file, relative to the scanned root.
    let file: String
    let name: String?
    let version: String?
    let isPrivate: Bool
    let licenses: [DeclaredLicense]
    let dependencies: [NPMDependencyDeclaration]
    /// `bundleDependencies` / `bundledDependencies` names.
    let bundled: [String]
    /// Workspace globs (`workspaces` as an array or `{ "packages": [...] }`).
    let workspaces: [String]
    /// yarn's `resolutions` (key and replacement), in file order.
    let resolutions: [(key: String, value: String)]
    /// `scripts`: each script's name and command, in file order.
    var scripts: [(name: String, command: String)] = []
    /// The executables the package installs: the keys of `bin`, or its name without the scope when `bin` is one path.
    var bins: [String] = []
    /// The paths of `bin`, as written (one path, or one per executable).
    var binFiles: [String] = []
    /// Where the package is named (its `name` member, else the file's start).
    let location: SourceLocation
    /// What the package says it is (`description`), when that is a string.
    var packageDescription: String?
    /// Whether it states what those who install it get beyond `main`: an entry point for bundlers or type
    /// checkers (`module`, `exports`, `types`, `typings`) or a `files` list.
    var declaresEntryPoints = false
    /// The `main` entry, when it is a string: a library's built module (`dist/index.js`) or an application's own
    /// start file (`server.js`).
    var main: String?
    /// The `cordova` member of a Cordova app: the plugins and platforms it builds with (`CordovaApp`).
    var cordova: CordovaApp.Declaration?
    /// The VS Code versions an editor extension runs in (`engines.vscode`); `nil` for any other package.
    var vscodeEngine: String?

    /// The files the package runs as its program, as written (relative to its folder): `main`, then the paths of
    /// `bin`.
    var programFiles: [String] { (main.map { [$0] } ?? []) + binFiles }

    /// The properties of the first-party component of this manifest: `private`, `Component.commandsProperty` for
    /// the commands of `bin`, `Component.usesEnclosingProjectProperty` for the first declaration of a folder
    /// that encloses this one (`file:../`, `link:../..` or `../`): a project that uses the enclosing project from
    /// outside, and `Component.editorExtensionProperty` for an editor extension.
    var projectProperties: [String: String] {
        var properties: [String: String] = [:]
        if isPrivate { properties["private"] = "true" }
        if !bins.isEmpty { properties[Component.commandsProperty] = Set(bins).sorted().joined(separator: ", ") }
        if let enclosing = dependencies.first(where: { Self.namesEnclosingFolder($0.specifier) }) {
            properties[Component.usesEnclosingProjectProperty] = "\(enclosing.name): \(enclosing.specifier)"
        }
        if vscodeEngine != nil { properties[Component.editorExtensionProperty] = file }
        return properties
    }

    /// Whether a dependency specifier is a local folder made of `..` segments only (`file:../`, `link:../..`).
    static func namesEnclosingFolder(_ specifier: String) -> Bool {
        var path = Substring(specifier)
        for prefix in ["file:", "link:"] where path.hasPrefix(prefix) { path = path.dropFirst(prefix.count) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return !segments.isEmpty && segments.allSatisfy { $0 == ".." }
    }

    /// Reads a `package.json`; `nil` (with an error diagnostic) when it is not a JSON object.
    static func parse(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> PackageJSON? {
        guard let document = NPMJSON.parse(bytes, file: file, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root.object else {
            diagnostics.append(Diagnostic(.error, "a package.json holds an object, not \(document.root.kindName)",
                                          at: document.location(of: document.root, file: file)))
            return nil
        }
        let name = NPMJSON.string("name", in: root, document: document, file: file, diagnostics: &diagnostics)
        let version = NPMJSON.string("version", in: root, document: document, file: file, diagnostics: &diagnostics)
        var bundled: [String] = []
        for key in ["bundleDependencies", "bundledDependencies"] {
            if let list = root[key]?.array { bundled += list.compactMap(\.string) }
        }
        var workspaces: [String] = []
        if let value = root["workspaces"] {
            let list = value.array ?? value["packages"]?.array
            if let list {
                workspaces = list.compactMap(\.string)
            } else {
                diagnostics.append(Diagnostic(.warning, "'workspaces' should be an array of globs, not \(value.kindName)",
                                              at: document.location(of: value, file: file)))
            }
        }
        var resolutions: [(key: String, value: String)] = []
        if let value = root["resolutions"] {
            if let map = value.object {
                for member in map.members {
                    guard let replacement = member.value.string else {
                        diagnostics.append(Diagnostic(
                            .warning, "the resolution of '\(member.key)' should be a string, not \(member.value.kindName); it is ignored",
                            at: document.location(of: member.value, file: file)))
                        continue
                    }
                    resolutions.append((member.key, replacement))
                }
            } else {
                diagnostics.append(Diagnostic(.warning, "'resolutions' should be an object, not \(value.kindName)",
                                              at: document.location(of: value, file: file)))
            }
        }
        let location = root.member("name").map { document.location(ofOffset: $0.keyOffset, file: file) }
            ?? SourceLocation(file: file, line: 1)
        return PackageJSON(
            file: file,
            name: name,
            version: version,
            isPrivate: root["private"]?.bool ?? false,
            licenses: NPMJSON.licenses(in: root, document: document, file: file, source: .manifest),
            dependencies: NPMJSON.declarations(in: root, document: document, file: file, diagnostics: &diagnostics),
            bundled: bundled,
            workspaces: workspaces,
            resolutions: resolutions,
            scripts: root["scripts"]?.object?.members.compactMap { member in
                member.value.string.map { (member.key, $0) }
            } ?? [],
            bins: root["bin"]?.object?.members.map(\.key)
                ?? (root["bin"]?.string != nil ? name.map { [String($0.split(separator: "/").last ?? "")] } ?? [] : []),
            binFiles: root["bin"]?.object?.members.compactMap(\.value.string) ?? root["bin"]?.string.map { [$0] } ?? [],
            location: location,
            packageDescription: root["description"]?.string,
            declaresEntryPoints: ["module", "exports", "types", "typings", "files"].contains { root[$0] != nil },
            main: root["main"]?.string,
            cordova: root["cordova"]?.object.map(CordovaApp.Declaration.init(member:)),
            vscodeEngine: root["engines"]?["vscode"]?.string)
    }
}

extension PackageJSON {
    /// The position in `components` of the first-party project this manifest declares; `nil` when none has it.
    func projectIndex(in components: [Component]) -> Int? {
        components.firstIndex { $0.isFirstParty && $0.locations.contains(location) }
    }
}
