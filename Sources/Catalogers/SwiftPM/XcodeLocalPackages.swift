/// Which Swift packages of a system an Xcode project builds as its local packages.
///
/// An Xcode app often keeps its code in local packages (`Packages/Feature/Package.swift`) that it references from
/// `project.pbxproj`. Xcode resolves the whole workspace at once: the project's own `Package.resolved` pins the
/// dependencies of those packages too, and they have none of their own. A package belongs to the first Xcode
/// project (in path order) that references it, directly or through the `.package(path:)` declarations of a package
/// it references; only packages without their own `Package.resolved` are counted. A project references a package
/// either by its folder (a local package reference, a folder reference) or by linking one of its products without
/// naming a package, when the package lies in the project's folder or below it: NetNewsWire's app targets link
/// `RSParser`, a product of `Modules/RSParser/Package.swift` in the project's synchronized `Modules` folder.
struct XcodeLocalPackages {
    /// For each project index: the Xcode project whose lockfile pins it.
    private var ownerByIndex: [Int: Int] = [:]
    /// For each Xcode project index: its local packages, and those it references itself.
    private var membersByOwner: [Int: [Int]] = [:]
    private var referencedByOwner: [Int: [Int]] = [:]

    /// - Parameter projects: every project of the system, with its manifest (for packages) and the folders it may
    ///   open as local packages (for Xcode projects), relative to the scan root.
    init(_ projects: [(project: SwiftPackageProject, manifest: PackageManifest?, localFolders: [String])]) {
        var packageByFolder: [String: Int] = [:]
        for (index, entry) in projects.enumerated()
        where entry.project.xcodeContainer == nil && entry.project.manifest != nil && entry.project.resolved == nil {
            packageByFolder[entry.project.directory] = index
        }
        for (owner, entry) in projects.enumerated() where entry.project.xcodeContainer != nil && entry.project.resolved != nil {
            let linkedByName = Self.packagesLinkedByProductName(entry, among: packageByFolder, projects: projects)
            let referenced = Array(Set(entry.localFolders.compactMap { packageByFolder[$0] }).union(linkedByName)).sorted()
            var pending = referenced
            var members: [Int] = []
            while let next = pending.first {
                pending.removeFirst()
                guard ownerByIndex[next] == nil else { continue }
                ownerByIndex[next] = owner
                members.append(next)
                for dependency in projects[next].manifest?.dependencies ?? [] {
                    guard case .local(let path) = dependency.location, !path.hasPrefix("/"), !path.hasPrefix("~") else { continue }
                    let folder = SwiftPackageProject.normalizedJoin(projects[next].project.directory, path)
                    if let package = packageByFolder[folder] { pending.append(package) }
                }
            }
            membersByOwner[owner] = members.sorted()
            referencedByOwner[owner] = Array(Set(referenced).intersection(members)).sorted()
        }
    }

    /// The packages in an Xcode project's folder or below it (by index) that own a product the project links without
    /// naming a package (`PackageManifest.unreferencedLinkedProducts`); a package whose products are not known
    /// offers its name.
    static func packagesLinkedByProductName(
        _ xcode: (project: SwiftPackageProject, manifest: PackageManifest?, localFolders: [String]),
        among packageByFolder: [String: Int],
        projects: [(project: SwiftPackageProject, manifest: PackageManifest?, localFolders: [String])]
    ) -> [Int] {
        let names = Set(xcode.manifest?.unreferencedLinkedProducts ?? [])
        guard !names.isEmpty else { return [] }
        let base = xcode.project.directory
        return packageByFolder.compactMap { folder, index in
            guard base.isEmpty || folder == base || folder.hasPrefix(base + "/"),
                  let manifest = projects[index].manifest else { return nil }
            let products = manifest.products?.map(\.name) ?? manifest.name.map { [$0] } ?? []
            return products.contains(where: names.contains) ? index : nil
        }
    }

    /// The Xcode project whose lockfile pins the package at `index`, if it is a local package of one.
    func owner(of index: Int) -> Int? { ownerByIndex[index] }

    /// The local packages of the Xcode project at `index`.
    func members(of index: Int) -> [Int] { membersByOwner[index] ?? [] }

    /// The local packages the Xcode project at `index` references itself (not only through other packages).
    func referenced(by index: Int) -> [Int] { referencedByOwner[index] ?? [] }
}
