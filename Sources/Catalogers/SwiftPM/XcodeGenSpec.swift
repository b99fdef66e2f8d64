import BoundedYAML
import Yams

/// Reads an XcodeGen project spec (`project.yml`, https://github.com/yonaskolb/XcodeGen/blob/master/Docs/ProjectSpec.md):
/// a repository that generates its Xcode project commits no `project.pbxproj`, so the spec is what says that an app
/// links its local Swift packages. Read: `packages:` entries with a `path:` (local packages), and the targets and
/// target templates whose `type` is an application (`application`, `application.watchapp2`, ...) with the
/// `- package: Name` (or `Name/Product`) entries of their `dependencies:`. Where the generated project is not
/// committed, the spec's remote `packages:` (`url:` or `github:` with a version requirement) are the project's package
/// references too (`packageReferences`). Nothing else of the spec is read.
enum XcodeGenSpec {
    /// The folders (relative to the scan root) of the local packages that an application target or target
    /// template depends on, each with the name of the first such target; empty when the text is no such spec.
    /// - Parameter folder: the folder of the spec, relative to the scan root.
    static func appLinkedPackageFolders(_ bytes: [UInt8], folder: String) -> [String: String] {
        guard let root = try? BoundedYAML.compose(String(decoding: bytes, as: UTF8.self), resolver: .basic) else {
            return [:]
        }
        var localPaths: [String: String] = [:]  // package name -> path
        for package in NPMYAML.members(of: root.mapping?["packages"]) {
            if let path = NPMYAML.text(package.value.mapping?["path"]) { localPaths[package.key] = path }
        }
        guard !localPaths.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for section in ["targets", "targetTemplates"] {
            for target in NPMYAML.members(of: root.mapping?[section]) {
                guard let type = NPMYAML.text(target.value.mapping?["type"]),
                      type == "application" || type.hasPrefix("application.") else { continue }
                for dependency in target.value.mapping?["dependencies"]?.sequence.map(Array.init) ?? [] {
                    guard let reference = NPMYAML.text(dependency.mapping?["package"]),
                          let name = reference.split(separator: "/").first,
                          let path = localPaths[String(name)] else { continue }
                    let packageFolder = SwiftPackageProject.normalizedJoin(folder, path)
                    if result[packageFolder] == nil { result[packageFolder] = target.key }
                }
            }
        }
        return result
    }

    /// The spec's package references as an Xcode project's would give them (`XcodeProjectReader.packageReferences`),
    /// for a workspace whose generated `.xcodeproj` is not committed (Sweden's EU wallet app): every `packages:`
    /// entry is a direct dependency (a `path:` a local one); the application targets; the products each target
    /// links (`- package: Name` with `product:`, or `Name/Product`); and the packages only test bundles
    /// (`bundle.unit-test`, `bundle.ui-testing`) link. A target takes the type and dependencies of the
    /// `targetTemplates` it names. `include:`d spec files are not read. `nil` when the text is no spec with packages.
    /// - Parameters:
    ///   - file: the spec's path relative to the scan root, for the locations.
    static func packageReferences(_ bytes: [UInt8], file: String) -> PackageManifest? {
        guard let root = try? BoundedYAML.compose(String(decoding: bytes, as: UTF8.self), resolver: .basic) else {
            return nil
        }
        var manifest = PackageManifest()
        var identities: [String: String] = [:]  // spec package name -> identity
        for package in NPMYAML.members(of: root.mapping?["packages"]) {
            let fields = package.value.mapping
            let at = NPMYAML.location(of: package.keyNode, file: file)
            if let path = NPMYAML.text(fields?["path"]) {
                manifest.dependencies.append(ManifestDependency(location: .local(path: path), locationText: path,
                                                                requirement: nil, declaredAt: at))
                identities[package.key] = SwiftRepositoryLocation.local(path: path).identity
                continue
            }
            let url = NPMYAML.text(fields?["url"]) ?? NPMYAML.text(fields?["github"]).map { "https://github.com/\($0)" }
            guard let url, let location = SwiftRepositoryLocation(sourceControl: url) else { continue }
            manifest.dependencies.append(ManifestDependency(location: location, locationText: url,
                                                            requirement: requirement(fields), declaredAt: at))
            identities[package.key] = location.identity
        }
        guard !manifest.dependencies.isEmpty else { return nil }
        var testLinked = Set<String>()
        // A target takes the type and dependencies of the templates it names (`templates: [App]`).
        var templates: [String: Node] = [:]
        for template in NPMYAML.members(of: root.mapping?["targetTemplates"]) { templates[template.key] = template.value }
        for target in NPMYAML.members(of: root.mapping?["targets"]) {
            let named = (target.value.mapping?["templates"]?.sequence.map(Array.init) ?? [])
                .compactMap { NPMYAML.text($0).flatMap { templates[$0] } }
            let type = ([target.value] + named).lazy.compactMap { NPMYAML.text($0.mapping?["type"]) }.first ?? ""
            if type == "application" || type.hasPrefix("application.") { manifest.applicationTargets.append(target.key) }
            let isTest = type.hasPrefix("bundle.unit-test") || type.hasPrefix("bundle.ui-testing")
            let dependencies = ([target.value] + named).flatMap { $0.mapping?["dependencies"]?.sequence.map(Array.init) ?? [] }
            for dependency in dependencies {
                guard let reference = NPMYAML.text(dependency.mapping?["package"]) else { continue }
                let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
                guard let name = parts.first, let identity = identities[name] else { continue }
                let product = NPMYAML.text(dependency.mapping?["product"]) ?? (parts.count > 1 ? parts[1] : name)
                if isTest {
                    testLinked.insert(identity)
                } else {
                    manifest.linkedProducts.append(product)
                    manifest.linkedPackageProducts.append(ManifestProductReference(name: product, package: identity))
                }
            }
        }
        manifest.testOnlyPackages = testLinked.subtracting(manifest.linkedPackageProducts.map(\.package))
        return manifest
    }

    /// The version requirement of a remote package entry: `from:`/`majorVersion:`, `minorVersion:`,
    /// `exactVersion:`/`version:`, `minVersion:` with `maxVersion:`, `branch:`, `revision:`.
    private static func requirement(_ fields: Node.Mapping?) -> ManifestRequirement? {
        func field(_ key: String) -> String? { NPMYAML.text(fields?[key]) }
        if let version = field("from") ?? field("majorVersion") { return .upToNextMajor(version) }
        if let version = field("minorVersion") { return .upToNextMinor(version) }
        if let version = field("exactVersion") ?? field("version") { return .exact(version) }
        if let lower = field("minVersion"), let upper = field("maxVersion") { return .range(lower, upper) }
        if let branch = field("branch") { return .branch(branch) }
        return field("revision").map { .revision($0) }
    }
}
