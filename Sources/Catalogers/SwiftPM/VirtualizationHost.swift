import SovScanModel

/// A Swift package whose own code runs virtual machines or Linux containers on a Mac (issue 15, twenty-eighth and
/// thirty-second samples): it imports Apple's Virtualization framework or Apple's Containerization package. Tart
/// runs macOS and Linux virtual machines; Apple's `container` runs Linux containers as lightweight virtual machines.
/// Such a system is infrastructure that other software runs on (STIL's platform level), not a server application,
/// and both samples' labellers filed its libraries so: the package gets `Component.platformHostProperty`, and the
/// classifier files what would be its server-side code under `platform`.
///
/// Read are the package's own `Sources/` files, only when its manifest supports macOS (the framework exists nowhere
/// else) and only while walked whole; a file counts when a line of it is such an import (`import Virtualization`,
/// `@preconcurrency import Virtualization`, `import Containerization`).
enum VirtualizationHost {
    /// The modules whose import says the code runs virtual machines or containers.
    static let modules: Set<String> = ["Virtualization", "Containerization"]

    /// "imports Virtualization (Sources/tart/VM.swift)" for the package whose manifest is `manifest` and whose
    /// sources' imports are `imports`; `nil` when its manifest does not support macOS, no file imports such a module,
    /// or the sources were not walked whole (`imports` is `nil`).
    static func evidence(manifest: PackageManifest?, imports: PackageImports?) -> String? {
        guard reads(manifest), let found = imports?.first(among: modules) else { return nil }
        return "imports \(found.module) (\(found.file))"
    }

    /// Whether the package's imports matter: its manifest supports macOS, where alone the framework exists.
    static func reads(_ manifest: PackageManifest?) -> Bool {
        manifest?.platforms?.contains("macOS") == true
    }
}
