import SovScanModel

/// The formats sovscan reads, recognised by file name.
public enum ManifestKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case npmPackageJSON = "package.json"
    case npmPackageLock = "package-lock.json"
    case npmShrinkwrap = "npm-shrinkwrap.json"
    case yarnLock = "yarn.lock"
    case pnpmLock = "pnpm-lock.yaml"
    case mavenPOM = "pom.xml"
    case swiftPackageResolved = "Package.resolved"
    case swiftPackageManifest = "Package.swift"

    /// The ecosystem the format belongs to.
    public var ecosystem: Ecosystem {
        switch self {
        case .npmPackageJSON, .npmPackageLock, .npmShrinkwrap, .yarnLock, .pnpmLock: .npm
        case .mavenPOM: .maven
        case .swiftPackageResolved, .swiftPackageManifest: .swift
        }
    }

    /// The kind of a file with this name, if sovscan reads it.
    public init?(fileName: String) {
        self.init(rawValue: fileName)
    }

    public static func < (lhs: ManifestKind, rhs: ManifestKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A manifest file found by discovery.
public struct ManifestFile: Sendable, Hashable, Comparable {
    /// The path relative to the scanned root (`frontend/package.json`), `/`-separated.
    public var relativePath: String
    public var kind: ManifestKind

    public init(relativePath: String, kind: ManifestKind) {
        self.relativePath = relativePath
        self.kind = kind
    }

    /// The folder that holds the file, relative to the root (`""` for the root itself).
    public var directory: String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    public static func < (lhs: ManifestFile, rhs: ManifestFile) -> Bool { lhs.relativePath < rhs.relativePath }
}
