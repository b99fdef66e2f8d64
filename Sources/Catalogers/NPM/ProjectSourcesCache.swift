/// The source files of the first-party npm projects of one lockfile, each project's read at most once
/// (`ProjectSources`) for the analyses that need them: the dependencies only its scripts use
/// (`ScriptOnlyDependencies`), its bundled front end (`BundledFrontEnd`) and the sides its dependencies run on
/// (`ImportSides`). A project's user-interface folders are
/// read first, so that a bound reached elsewhere in a large project leaves the bundled decision to be made.
final class ProjectSourcesCache {
    private let context: CatalogContext
    private var read: [String: ProjectSources?] = [:]

    init(context: CatalogContext) {
        self.context = context
    }

    /// The sources of the project in `folder` (relative to the scanned root), read on first use; `nil` when a bound
    /// was reached before its user-interface folders were read.
    func sources(of folder: String) -> ProjectSources? {
        if let known = read[folder] { return known }
        let sources = ProjectSources.read(folder: folder, first: BundledFrontEnd.interfaceFolders, context: context)
        read[folder] = .some(sources)
        return sources
    }
}
