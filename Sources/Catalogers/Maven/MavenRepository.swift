import Foundation
import SovScanModel

/// Maven coordinates `group:artifact:version`.
public struct MavenCoordinates: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var groupId: String
    public var artifactId: String
    public var version: String

    public init(groupId: String, artifactId: String, version: String) {
        self.groupId = groupId
        self.artifactId = artifactId
        self.version = version
    }

    public var description: String { "\(groupId):\(artifactId):\(version)" }

    public static func < (lhs: MavenCoordinates, rhs: MavenCoordinates) -> Bool {
        (lhs.groupId, lhs.artifactId, lhs.version) < (rhs.groupId, rhs.artifactId, rhs.version)
    }
}

/// Where POMs of artifacts that are not part of the scanned build come from. The local implementation reads a
/// directory laid out as `~/.m2/repository`; a remote one can be added later.
public protocol MavenRepository: Sendable {
    /// The bytes of `artifact-version.pom` and the path to report it as, or `nil` when the repository lacks it.
    func pom(_ coordinates: MavenCoordinates) -> (bytes: [UInt8], path: String)?
    /// The versions of `group:artifact` the repository knows (from `maven-metadata*.xml`, else its folders).
    func versions(groupId: String, artifactId: String) -> [String]
}

/// A Maven repository in a local folder (`~/.m2/repository` layout).
public struct LocalMavenRepository: MavenRepository {
    /// The repository's root folder.
    public let root: String
    private let files: FileReader

    public init(root: String, files: FileReader = FileReader()) {
        self.root = root
        self.files = files
    }

    /// The repository a scan uses: the option, else `localRepository` of `~/.m2/settings.xml`, else
    /// `~/.m2/repository`.
    public static func resolvingLocation(option: String?, home: String = NSHomeDirectory(),
                                         files: FileReader = FileReader()) -> LocalMavenRepository {
        if let option, !option.isEmpty { return LocalMavenRepository(root: option, files: files) }
        let settings = home + "/.m2/settings.xml"
        if case .success(let bytes) = files.read(settings, reportedAs: settings),
           case .success(let root) = XMLTreeParser.parse(bytes, file: settings),
           let configured = root.value("localRepository"), !configured.isEmpty {
            let expanded = configured.replacingOccurrences(of: "${user.home}", with: home)
            return LocalMavenRepository(root: expanded.hasPrefix("~/") ? home + expanded.dropFirst() : expanded,
                                        files: files)
        }
        return LocalMavenRepository(root: home + "/.m2/repository", files: files)
    }

    private func folder(groupId: String, artifactId: String) -> String {
        root + "/" + groupId.replacingOccurrences(of: ".", with: "/") + "/" + artifactId
    }

    public func pom(_ coordinates: MavenCoordinates) -> (bytes: [UInt8], path: String)? {
        guard Self.isSafe(coordinates.groupId), Self.isSafe(coordinates.artifactId), Self.isSafe(coordinates.version)
        else { return nil }
        let path = folder(groupId: coordinates.groupId, artifactId: coordinates.artifactId) + "/"
            + coordinates.version + "/" + coordinates.artifactId + "-" + coordinates.version + ".pom"
        guard case .success(let bytes) = files.read(path, reportedAs: path) else { return nil }
        return (bytes, path)
    }

    public func versions(groupId: String, artifactId: String) -> [String] {
        guard Self.isSafe(groupId), Self.isSafe(artifactId) else { return [] }
        let base = folder(groupId: groupId, artifactId: artifactId)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        var versions: Set<String> = []
        var sawMetadata = false
        for entry in entries where entry.hasPrefix("maven-metadata") && entry.hasSuffix(".xml") {
            let path = base + "/" + entry
            guard case .success(let bytes) = files.read(path, reportedAs: path),
                  case .success(let metadata) = XMLTreeParser.parse(bytes, file: path) else { continue }
            sawMetadata = true
            for version in metadata.child("versioning")?.child("versions")?.children("version") ?? [] {
                let text = version.trimmedText
                if !text.isEmpty { versions.insert(text) }
            }
        }
        if !sawMetadata {
            for entry in entries where !entry.hasPrefix(".") && !entry.contains(".xml") {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: base + "/" + entry, isDirectory: &isFolder), isFolder.boolValue {
                    versions.insert(entry)
                }
            }
        }
        return versions.sorted { MavenVersion($0) < MavenVersion($1) }
    }

    /// Refuses coordinates that would leave the repository folder.
    private static func isSafe(_ part: String) -> Bool {
        !part.isEmpty && !part.contains("/") && !part.contains("\\") && part != ".." && !part.hasPrefix("..")
            && !part.contains("\0")
    }
}
