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
    /// A project of the system with its manifest (for packages) and the folders it may open as local packages (for
    /// Xcode projects), relative to the scan root.
    typealias Project = (project: SwiftPackageProject, manifest: PackageManifest?, localFolders: [String])

    /// For each project index: the Xcode project whose lockfile pins it.
    private var ownerByIndex: [Int: Int] = [:]
    /// For each Xcode project index: its local packages, and those it references itself.
    private var membersByOwner: [Int: [Int]] = [:]
    private var referencedByOwner: [Int: [Int]] = [:]

    /// - Parameter projects: every project of the system, with its manifest (for packages) and the folders it may
    ///   open as local packages (for Xcode projects), relative to the scan root.
    init(_ projects: [Project]) {
        var packageByFolder: [String: Int] = [:]
        for (index, entry) in projects.enumerated()
        where entry.project.xcodeContainer == nil && entry.project.manifest != nil && entry.project.resolved == nil {
            packageByFolder[entry.project.directory] = index
        }
        for (owner, entry) in projects.enumerated() where entry.project.xcodeContainer != nil && entry.project.resolved != nil {
            let referenced = Self.referencedPackages(by: entry, among: packageByFolder, projects: projects)
            var pending = referenced
            var members: [Int] = []
            while let next = pending.first {
                pending.removeFirst()
                guard ownerByIndex[next] == nil else { continue }
                ownerByIndex[next] = owner
                members.append(next)
                pending += Self.pathDependencies(of: next, among: packageByFolder, projects: projects)
            }
            membersByOwner[owner] = members.sorted()
            referencedByOwner[owner] = Array(Set(referenced).intersection(members)).sorted()
        }
    }

    /// The packages among `packageByFolder` (by index, sorted) that an Xcode project references itself: by folder,
    /// or, in its folder or below it, by owning a product the project links without naming a package
    /// (`PackageManifest.unreferencedLinkedProducts`; a package whose products are not known offers its name).
    static func referencedPackages(by xcode: Project, among packageByFolder: [String: Int], projects: [Project]) -> [Int] {
        var referenced = Set(xcode.localFolders.compactMap { packageByFolder[$0] })
        let names = Set(xcode.manifest?.unreferencedLinkedProducts ?? [])
        let base = xcode.project.directory
        for (folder, index) in packageByFolder where !names.isEmpty
            && (base.isEmpty || folder == base || folder.hasPrefix(base + "/")) {
            guard let manifest = projects[index].manifest else { continue }
            let products = manifest.products?.map(\.name) ?? manifest.name.map { [$0] } ?? []
            if products.contains(where: names.contains) { referenced.insert(index) }
        }
        return referenced.sorted()
    }

    /// The packages among `packageByFolder` (by index) that the package at `index` declares by a relative `path:`.
    static func pathDependencies(of index: Int, among packageByFolder: [String: Int], projects: [Project]) -> [Int] {
        (projects[index].manifest?.dependencies ?? []).compactMap { dependency in
            guard case .local(let path) = dependency.location, !path.hasPrefix("/"), !path.hasPrefix("~") else { return nil }
            return packageByFolder[SwiftPackageProject.normalizedJoin(projects[index].project.directory, path)]
        }
    }

    /// The Xcode project whose lockfile pins the package at `index`, if it is a local package of one.
    func owner(of index: Int) -> Int? { ownerByIndex[index] }

    /// The local packages of the Xcode project at `index`.
    func members(of index: Int) -> [Int] { membersByOwner[index] ?? [] }

    /// The local packages the Xcode project at `index` references itself (not only through other packages).
    func referenced(by index: Int) -> [Int] { referencedByOwner[index] ?? [] }
}
