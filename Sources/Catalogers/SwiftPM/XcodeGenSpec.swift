import BoundedYAML
import Yams

/// Reads an XcodeGen project spec (`project.yml`, https://github.com/yonaskolb/XcodeGen/blob/master/Docs/ProjectSpec.md):
/// a repository that generates its Xcode project commits no `project.pbxproj`, so the spec is what says that an app
/// links its local Swift packages. Read: `packages:` entries with a `path:` (local packages), and the targets and
/// target templates whose `type` is an application (`application`, `application.watchapp2`, ...) with the
/// `- package: Name` (or `Name/Product`) entries of their `dependencies:`. Nothing else of the spec is read.
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
}
