import SovScanModel

/// A version requirement of a `.package(...)` declaration.
public enum ManifestRequirement: Sendable, Hashable, CustomStringConvertible {
    /// `from:` or `.upToNextMajor(from:)`.
    case upToNextMajor(String)
    /// `.upToNextMinor(from:)`.
    case upToNextMinor(String)
    /// `exact:` or `.exact(...)`.
    case exact(String)
    /// `"a"..<"b"`.
    case range(String, String)
    /// `"a"..."b"`.
    case closedRange(String, String)
    /// `branch:` or `.branch(...)`.
    case branch(String)
    /// `revision:` or `.revision(...)`.
    case revision(String)

    /// The requirement as SwiftPM writes it (`from: "1.2.0"`, `"1.0.0"..<"2.0.0"`).
    public var description: String {
        switch self {
        case .upToNextMajor(let version): "from: \"\(version)\""
        case .upToNextMinor(let version): ".upToNextMinor(from: \"\(version)\")"
        case .exact(let version): "exact: \"\(version)\""
        case .range(let lower, let upper): "\"\(lower)\"..<\"\(upper)\""
        case .closedRange(let lower, let upper): "\"\(lower)\"...\"\(upper)\""
        case .branch(let name): "branch: \"\(name)\""
        case .revision(let revision): "revision: \"\(revision)\""
        }
    }
}

/// One `.package(...)` declaration of a `Package.swift`, read statically.
public struct ManifestDependency: Sendable, Hashable {
    /// Where the package comes from: `url:` (source control), `path:` (local) or `id:` (registry).
    public var location: SwiftRepositoryLocation
    /// The text of `url:`, `path:` or `id:` as written.
    public var locationText: String
    /// The requirement; `nil` for `.package(path:)`.
    public var requirement: ManifestRequirement?
    /// The old `name:` label, when given.
    public var nameLabel: String?
    /// Where the declaration starts.
    public var declaredAt: SourceLocation

    /// SwiftPM's identity of the dependency (matches `ResolvedPin.identity`).
    public var identity: String { location.identity }

    public init(location: SwiftRepositoryLocation, locationText: String, requirement: ManifestRequirement?,
                nameLabel: String? = nil, declaredAt: SourceLocation) {
        self.location = location
        self.locationText = locationText
        self.requirement = requirement
        self.nameLabel = nameLabel
        self.declaredAt = declaredAt
    }
}

/// What the static reader found in a `Package.swift`.
public struct PackageManifest: Sendable, Hashable {
    /// The `name:` of `Package(...)`, when it is a plain string literal.
    public var name: String?
    /// Where `Package(` is.
    public var declaredAt: SourceLocation?
    /// The `.package(...)` entries of `dependencies:` that could be read, in file order.
    public var dependencies: [ManifestDependency]
    /// The targets of `targets:` with the packages each uses; `nil` when the array could not be read whole.
    public var targets: [ManifestTarget]?
    /// The products of `products:` (and of `package.products.append(...)`); `nil` when they could not be read.
    public var products: [ManifestProduct]?
    /// The product names an Xcode project's targets link (`XCSwiftPackageProductDependency`); empty for a
    /// `Package.swift`.
    public var linkedProducts: [String] = []
    /// The products of remote packages an Xcode project's targets link, each with the identity of its package
    /// (`XCSwiftPackageProductDependency` whose `package` is an `XCRemoteSwiftPackageReference`); empty for a
    /// `Package.swift`, whose targets name their products themselves (`ManifestTarget.productReferences`).
    public var linkedPackageProducts: [ManifestProductReference] = []
    /// The product names an Xcode project's targets link without naming a package (`XCSwiftPackageProductDependency`
    /// with no `package`): products of local packages that Xcode finds in the project's folders (a synchronized
    /// folder of Xcode 16, a dragged-in package folder); empty for a `Package.swift`.
    public var unreferencedLinkedProducts: [String] = []
    /// For an Xcode project: the identities of the packages whose products only test bundles link.
    public var testOnlyPackages: Set<String> = []
    /// The platform names of `platforms:` (`iOS`, `macOS`, `tvOS`, ...), in file order; `nil` when the package
    /// declares none or the array could not be read.
    public var platforms: [String]?
    /// The names of an Xcode project's application targets (product type `com.apple.product-type.application*`);
    /// empty for a `Package.swift`.
    public var applicationTargets: [String]
    /// The SDKs an Xcode project's build configurations build for (`SDKROOT`: `iphoneos`, `macosx`, ...); empty
    /// for a `Package.swift`.
    public var xcodeSDKs: Set<String> = []

    public init(name: String? = nil, declaredAt: SourceLocation? = nil, dependencies: [ManifestDependency] = [],
                targets: [ManifestTarget]? = nil, platforms: [String]? = nil, applicationTargets: [String] = []) {
        self.name = name
        self.declaredAt = declaredAt
        self.dependencies = dependencies
        self.targets = targets
        self.platforms = platforms
        self.applicationTargets = applicationTargets
    }

    /// Apple's client platforms: a package that supports only these runs on devices, not on servers.
    public static let clientPlatforms: Set<String> = ["iOS", "tvOS", "watchOS", "visionOS", "macCatalyst"]
    /// The SDKs of Apple's devices (`SDKROOT`): what an Xcode project builds for them runs on a phone, watch, TV
    /// or headset, never on a server.
    public static let deviceSDKs: Set<String> = ["iphoneos", "watchos", "appletvos", "xros"]

    /// Why the project is a client app (an Xcode application target, or a package whose `platforms:` are all
    /// client platforms), or `nil`. Its Swift dependencies then default to the `frontend` level.
    public var clientAppEvidence: String? {
        if !applicationTargets.isEmpty {
            return "Xcode application target \(applicationTargets.joined(separator: ", "))"
        }
        if let platforms, !platforms.isEmpty, platforms.allSatisfy(Self.clientPlatforms.contains) {
            return "Package.swift supports only \(platforms.joined(separator: ", "))"
        }
        // An Xcode project without an application target (a framework, Estonia's NFC library; nineteenth sample)
        // built only for devices.
        if !xcodeSDKs.isEmpty, xcodeSDKs.allSatisfy(Self.deviceSDKs.contains) {
            return "Xcode project built for \(xcodeSDKs.sorted().joined(separator: ", ")) (SDKROOT)"
        }
        return nil
    }

    /// Whether the package dependency with this identity is used by test targets only, or for an Xcode project
    /// linked by test bundles only (`false` when the targets are unknown or no target names it: then nothing is
    /// assumed).
    public func isTestOnly(_ dependency: ManifestDependency) -> Bool {
        if testOnlyPackages.contains(dependency.identity) { return true }
        let users = self.users(of: dependency)
        return !users.isEmpty && users.allSatisfy(\.isTest)
    }

    /// The targets whose `dependencies:` name a product of the package (by identity, `name:` label or repository
    /// name, in any case); empty when the targets are unknown.
    public func users(of dependency: ManifestDependency) -> [ManifestTarget] {
        let names = Self.referenceNames(of: dependency)
        return (targets ?? []).filter { !Set($0.packageReferences.map { $0.lowercased() }).isDisjoint(with: names) }
    }

    /// The lower-case names by which a target may refer to the package of a dependency.
    static func referenceNames(of dependency: ManifestDependency) -> Set<String> {
        Set([dependency.identity, dependency.nameLabel?.lowercased(), dependency.location.name.lowercased()]
            .compactMap { $0 })
    }

    /// The target with this name, if the package declares one.
    public func targetNamed(_ name: String) -> ManifestTarget? {
        targets?.first { $0.name == name }
    }
}

/// The kind of a `Package.swift` target: the function that declares it.
public enum ManifestTargetKind: String, Sendable, Hashable {
    /// `.target(...)`: a library module.
    case regular = "target"
    /// `.executableTarget(...)`: a program (a server, a command-line tool).
    case executable = "executableTarget"
    /// `.testTarget(...)`.
    case test = "testTarget"
    /// `.plugin(...)`: a build-tool or command plugin, run by SwiftPM at build time.
    case plugin
    /// `.macro(...)`: a macro implementation, run by the compiler at build time.
    case macro
    /// `.systemLibrary(...)`: a module map over a library of the system.
    case systemLibrary
    /// `.binaryTarget(...)`: a prebuilt XCFramework or artifact bundle.
    case binary = "binaryTarget"

    /// Whether the target's code only runs while the package is built (plugins and macros).
    public var runsAtBuildTime: Bool { self == .plugin || self == .macro }
}

/// A target of `Package.swift` and the packages its `dependencies:` name.
public struct ManifestTarget: Sendable, Hashable {
    public var name: String
    public var kind: ManifestTargetKind
    /// The `package:` of `.product(name:package:)`, the name of `.product(name:)` without a package, and plain
    /// string or `.byName(name:)` (`.byNameItem(name:condition:)`) entries (which may name a product of a package of the
    /// same name).
    public var packageReferences: [String]
    /// The targets of the same package it depends on: `.target(name:)`, and plain string or `.byName(name:)`
    /// entries (which may also name a target; `PackageManifest.targetNamed` tells).
    public var targetReferences: [String]
    /// The packages of the `.plugin(name:package:)` entries of its `plugins:`: used while building it only.
    public var pluginPackages: [String]
    /// The products it names with their package (`.product(name:package:)`).
    public var productReferences: [ManifestProductReference]
    /// Where the target's declaration starts (the `.` before its kind).
    public var declaredAt: SourceLocation?
    /// The folder of its sources when `path:` names one (relative to the package), instead of `Sources/<name>`.
    public var path: String?

    /// `.testTarget`.
    public var isTest: Bool { kind == .test }

    /// The last words of an executable target's name that make it a developer's tool (`Tools`, `BuildTools`,
    /// `Scripts`), compared in lower case after splitting the name at separators.
    static let toolingExecutableWords: Set<String> = ["tool", "tools", "tooling", "buildtools", "scripts"]

    /// An `.executableTarget` whose name says it is a developer's tool (Element X's `Tools`, run by its
    /// developers and CI, never shipped): what only it uses runs at build time, like what plugins use.
    public var isToolingExecutable: Bool {
        guard kind == .executable, let last = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).last
        else { return false }
        return Self.toolingExecutableWords.contains(String(last))
    }

    public init(name: String, kind: ManifestTargetKind, packageReferences: [String], targetReferences: [String] = [],
                pluginPackages: [String] = [], productReferences: [ManifestProductReference] = [],
                declaredAt: SourceLocation? = nil, path: String? = nil) {
        self.name = name
        self.kind = kind
        self.packageReferences = packageReferences
        self.targetReferences = targetReferences
        self.pluginPackages = pluginPackages
        self.productReferences = productReferences
        self.declaredAt = declaredAt
        self.path = path
    }

    public init(name: String, isTest: Bool, packageReferences: [String]) {
        self.init(name: name, kind: isTest ? .test : .regular, packageReferences: packageReferences)
    }
}

/// A product of another package that a target links: `.product(name:package:)` in `Package.swift`, or an Xcode
/// target's `XCSwiftPackageProductDependency` (`productName` and the package reference it points to).
public struct ManifestProductReference: Sendable, Hashable {
    /// The product's name (`FirebaseCrashlytics`).
    public var name: String
    /// The package, as the manifest names it (`firebase-ios-sdk`; for Xcode, the reference's identity).
    public var package: String

    public init(name: String, package: String) {
        self.name = name
        self.package = package
    }
}

/// A product of `Package.swift`: `.library(name:targets:)`, `.executable(name:targets:)` or `.plugin(...)`.
public struct ManifestProduct: Sendable, Hashable {
    public var name: String
    /// `library`, `executable` or `plugin`.
    public var kind: String
    /// The names of the targets it is built from.
    public var targets: [String]

    public init(name: String, kind: String, targets: [String]) {
        self.name = name
        self.kind = kind
        self.targets = targets
    }
}
