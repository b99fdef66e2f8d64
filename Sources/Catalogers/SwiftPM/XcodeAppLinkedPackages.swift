/// The Swift packages of a system that an Xcode application links, which are therefore client code: the packages an
/// Xcode project with an application target references by folder (a local package reference, a folder reference)
/// or by linking one of their products without naming a package (`XcodeLocalPackages`), and the local packages
/// those name by `path:`, whether or not they keep a `Package.resolved` of their own. Threema's app references
/// `FileUtility`, `Keychain` and `GroupCalls` as folders; each resolves its own dependencies, and what they declare
/// (CocoaLumberjack) runs in the app, not in a server.
enum XcodeAppLinkedPackages {
    /// Each linked package's folder (relative to the scan root) with words naming the application target.
    static func evidence(_ projects: [XcodeLocalPackages.Project]) -> [String: String] {
        var packageByFolder: [String: Int] = [:]
        for (index, entry) in projects.enumerated() where entry.project.xcodeContainer == nil && entry.manifest != nil {
            packageByFolder[entry.project.directory] = index
        }
        var evidence: [String: String] = [:]
        for entry in projects where entry.project.xcodeContainer != nil {
            guard let container = entry.project.xcodeContainer, let app = entry.manifest?.applicationTargets.first
            else { continue }
            let words = "linked by the Xcode application target \(app) (\(SwiftPackageProject.join(entry.project.directory, container)))"
            var pending = XcodeLocalPackages.referencedPackages(by: entry, among: packageByFolder, projects: projects)
            while let next = pending.popLast() {
                let folder = projects[next].project.directory
                guard evidence[folder] == nil else { continue }
                evidence[folder] = words
                pending += XcodeLocalPackages.pathDependencies(of: next, among: packageByFolder, projects: projects)
            }
        }
        return evidence
    }
}
