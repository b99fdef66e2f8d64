import SovScanModel

/// A `pom.xml` as written, before inheritance and interpolation. Every element keeps its line.
public struct RawPOM: Sendable {
    /// The file the POM came from, as reported in diagnostics and locations.
    public var file: String
    public var groupId: String?
    public var artifactId: String?
    public var version: String?
    public var packaging: String?
    public var name: String?
    /// `<description>`, as written.
    public var description: String?
    public var parent: POMParent?
    /// `<properties>` in document order.
    public var properties: [(name: String, value: String)]
    public var dependencies: [POMDependency]
    public var dependencyManagement: [POMDependency]
    public var licenses: [POMLicense]
    /// `<scm><url>`, else `<url>`: where the project's source lives, as written (not interpolated).
    public var sourceRepository: String?
    public var modules: [String]
    public var profiles: [POMProfile]
    /// `<distributionManagement><relocation>`.
    public var relocation: POMRelocation?
    /// The line of `<project>`.
    public var line: Int
    /// Problems found while reading (entity references left unexpanded).
    public var diagnostics: [Diagnostic] = []

    public init(file: String, line: Int = 1) {
        self.file = file
        self.line = line
        properties = []
        dependencies = []
        dependencyManagement = []
        licenses = []
        modules = []
        profiles = []
    }
}

/// `<parent>`.
public struct POMParent: Sendable, Hashable {
    public var groupId: String?
    public var artifactId: String?
    public var version: String?
    /// `nil` when the element is absent (Maven then tries `../pom.xml`); empty when written empty (repository only).
    public var relativePath: String?
    public var line: Int
}

/// A `<dependency>` in `<dependencies>` or `<dependencyManagement>`, with raw (uninterpolated) values.
public struct POMDependency: Sendable, Hashable {
    public var groupId: String?
    public var artifactId: String?
    public var version: String?
    public var type: String?
    public var classifier: String?
    public var scope: String?
    /// The raw `<optional>` text.
    public var optional: String?
    public var systemPath: String?
    public var exclusions: [POMExclusion]
    /// The file and line of the `<dependency>` element.
    public var file: String
    public var line: Int
    /// The line of its `<version>` element, if it has one.
    public var versionLine: Int? = nil

    /// The management key as written (`group:artifact:type:classifier`, uninterpolated), used to merge
    /// declarations of a POM with those it inherits.
    var rawKey: String {
        "\(groupId ?? ""):\(artifactId ?? ""):\(type ?? "jar"):\(classifier ?? "")"
    }
}

/// An `<exclusion>`; `*` is a wildcard.
public struct POMExclusion: Sendable, Hashable, Comparable {
    public var groupId: String
    public var artifactId: String

    public init(groupId: String, artifactId: String) {
        self.groupId = groupId
        self.artifactId = artifactId
    }

    /// Whether this exclusion removes `group:artifact`.
    public func matches(group: String, artifact: String) -> Bool {
        (groupId == "*" || groupId == group) && (artifactId == "*" || artifactId == artifact)
    }

    public static func < (lhs: POMExclusion, rhs: POMExclusion) -> Bool {
        (lhs.groupId, lhs.artifactId) < (rhs.groupId, rhs.artifactId)
    }
}

/// A `<license>`.
public struct POMLicense: Sendable, Hashable {
    public var name: String?
    public var url: String?
    public var comments: String?
    public var file: String
    public var line: Int
}

/// `<distributionManagement><relocation>`: missing parts keep the relocated artifact's own values.
public struct POMRelocation: Sendable, Hashable {
    public var groupId: String?
    public var artifactId: String?
    public var version: String?
    public var line: Int
}

/// A `<profile>`.
public struct POMProfile: Sendable {
    public var id: String
    public var activation: POMActivation?
    public var properties: [(name: String, value: String)]
    public var dependencies: [POMDependency]
    public var dependencyManagement: [POMDependency]
    public var modules: [String]
    public var line: Int
}

/// A profile's `<activation>`.
public struct POMActivation: Sendable, Hashable {
    public var activeByDefault: Bool
    /// `<property><name>` (may start with `!`) and optional `<value>` (may start with `!`).
    public var propertyName: String?
    public var propertyValue: String?
    /// `<jdk>` (a prefix such as `1.8` or a range such as `[1.8,)`).
    public var jdk: String?
    /// Whether `<os>` or `<file>` conditions are present (sovscan does not evaluate them: the profile is inactive).
    public var hasUnsupportedCondition: Bool
}
