import SovScanModel

/// Reads the Swift package references of an Xcode project (`project.pbxproj`): the direct dependencies of an app
/// that has no `Package.swift`. `XCRemoteSwiftPackageReference` objects give `repositoryURL` and `requirement`,
/// `XCLocalSwiftPackageReference` objects a `relativePath`; `PBXNativeTarget` objects whose `productType` is an
/// application give the project's application targets; `XCSwiftPackageProductDependency` objects the package
/// products its targets link (`productName`, and through `package` the remote reference they come from);
/// `XCBuildConfiguration` objects the SDKs it builds for (`SDKROOT`).
///
/// A package whose products only test bundles link (`productType` `...unit-test` or `...ui-testing`, through their
/// `packageProductDependencies`), or targets that only test bundles depend on, is used by tests only (`PackageManifest.testOnlyPackages`), as a package only test
/// targets of a `Package.swift` use.
///
/// The reader scans `key = value;` pairs inside those objects, and the one-id-a-line lists `key = ( ... );`; it does
/// not parse the whole property list.
public enum XcodeProjectReader {
    /// The package references of a `project.pbxproj`, in file order, and problems found.
    public static func packageReferences(_ bytes: [UInt8], file: String) -> (PackageManifest, [Diagnostic]) {
        var manifest = PackageManifest()
        var diagnostics: [Diagnostic] = []
        let objects = objects(bytes)
        var packageOfReference: [String: String] = [:]  // object id -> package identity
        for object in objects where object.isa == "XCRemoteSwiftPackageReference" {
            if let id = object.id, let url = object.fields["repositoryURL"],
               let location = SwiftRepositoryLocation(sourceControl: url) {
                packageOfReference[id] = location.identity
            }
        }
        // Whether each product dependency (by object id) is linked by a target that ships (not a test bundle, nor a
        // target only test bundles depend on).
        let testOnly = testOnlyTargets(objects)
        var linkedByShippingTarget: [String: Bool] = [:]
        for object in objects where object.isa == "PBXNativeTarget" {
            let isTest = object.id.map(testOnly.contains) ?? false
            for id in (object.fields["packageProductDependencies"] ?? "").split(separator: " ") {
                linkedByShippingTarget[String(id), default: false] = linkedByShippingTarget[String(id), default: false] || !isTest
            }
        }
        var testLinked = Set<String>()
        for object in objects {
            let fields = object.fields
            if object.isa == "XCBuildConfiguration", let sdk = fields["SDKROOT"] {
                manifest.xcodeSDKs.insert(sdk)
                continue
            }
            if object.isa == "PBXNativeTarget" {
                if fields["productType"]?.hasPrefix("com.apple.product-type.application") == true {
                    manifest.applicationTargets.append(fields["name"] ?? "?")
                }
                continue
            }
            if object.isa == "XCSwiftPackageProductDependency" {
                if let product = fields["productName"] {
                    manifest.linkedProducts.append(product)
                    if fields["package"] == nil { manifest.unreferencedLinkedProducts.append(product) }
                    // `package = 5DC2... /* XCRemoteSwiftPackageReference "firebase-ios-sdk" */`: the id comes first.
                    if let reference = fields["package"]?.split(separator: " ").first,
                       let identity = packageOfReference[String(reference)] {
                        // A product no target lists is counted as shipping: nothing is assumed.
                        if object.id.flatMap({ linkedByShippingTarget[$0] }) == false {
                            testLinked.insert(identity)
                        } else {
                            manifest.linkedPackageProducts.append(ManifestProductReference(name: product, package: identity))
                        }
                    }
                }
                continue
            }
            let at = SourceLocation(file: file, line: object.line)
            if object.isa == "XCRemoteSwiftPackageReference" {
                guard let url = fields["repositoryURL"], let location = SwiftRepositoryLocation(sourceControl: url) else {
                    diagnostics.append(Diagnostic(.warning, "an Xcode package reference without a usable repositoryURL", at: at))
                    continue
                }
                manifest.dependencies.append(ManifestDependency(location: location, locationText: url,
                                                                requirement: requirement(fields), declaredAt: at))
            } else if object.isa == "XCLocalSwiftPackageReference", let path = fields["relativePath"] {
                manifest.dependencies.append(ManifestDependency(location: .local(path: path), locationText: path,
                                                                requirement: nil, declaredAt: at))
            }
        }
        manifest.testOnlyPackages = testLinked.subtracting(manifest.linkedPackageProducts.map(\.package))
        return (manifest, diagnostics)
    }

    /// The ids of the native targets that serve tests only: unit-test and UI-test bundles, and the targets that only
    /// UI-test bundles depend on (Simplenote's `UITestsFoundation` framework, which links Automattic's ScreenObject
    /// for its UI tests and screenshots), through `PBXTargetDependency` objects. An application is never one, nor a
    /// target that nothing depends on, nor one a unit-test bundle depends on: Xcode's framework template makes the
    /// framework's own tests depend on the framework that ships.
    private static func testOnlyTargets(_ objects: [PBXObject]) -> Set<String> {
        var targetOfDependency: [String: String] = [:]
        for object in objects where object.isa == "PBXTargetDependency" {
            if let id = object.id, let target = object.fields["target"]?.split(separator: " ").first {
                targetOfDependency[id] = String(target)
            }
        }
        var dependents: [String: [String]] = [:]
        var testOnly = Set<String>()
        var uiTests = Set<String>()
        var candidates: [String] = []
        for object in objects where object.isa == "PBXNativeTarget" {
            guard let id = object.id else { continue }
            let type = object.fields["productType"] ?? ""
            if isTestBundle(type) {
                testOnly.insert(id)
                if type.hasSuffix(".ui-testing") { uiTests.insert(id) }
            } else if !type.hasPrefix("com.apple.product-type.application") {
                candidates.append(id)
            }
            for dependency in (object.fields["dependencies"] ?? "").split(separator: " ") {
                if let target = targetOfDependency[String(dependency)] { dependents[target, default: []].append(id) }
            }
        }
        var changed = true
        while changed {
            changed = false
            for id in candidates where !testOnly.contains(id) {
                if let users = dependents[id], !users.isEmpty, users.allSatisfy(uiTests.contains) {
                    testOnly.insert(id)
                    uiTests.insert(id)
                    changed = true
                }
            }
        }
        return testOnly
    }

    /// Whether a `productType` is a unit-test or UI-test bundle.
    private static func isTestBundle(_ productType: String) -> Bool {
        productType.hasSuffix(".unit-test") || productType.hasSuffix(".ui-testing")
    }

    /// The folders, relative to the folder holding the `.xcodeproj`, that the project may open as local Swift
    /// packages: `XCLocalSwiftPackageReference` paths, and folder references (`PBXFileReference` of type `wrapper`
    /// or `folder`, the way Xcode adds a package folder dragged into the project). Whether a folder is a package
    /// is for the caller to check. Group nesting is not followed: paths count from the project's folder.
    public static func localPackageFolders(_ bytes: [UInt8]) -> [String] {
        objects(bytes).compactMap { object in
            switch object.isa {
            case "XCLocalSwiftPackageReference":
                return object.fields["relativePath"]
            case "PBXFileReference" where ["wrapper", "folder"].contains(object.fields["lastKnownFileType"] ?? "")
                && (object.fields["sourceTree"] ?? "<group>") == "<group>":
                return object.fields["path"]
            default:
                return nil
            }
        }
    }

    /// An object of the property list that sovscan reads: its `isa`, its `key = value;` fields and the line of
    /// the field that places it (`repositoryURL`, `relativePath`, else `isa`).
    private struct PBXObject {
        /// The object's id (the key that opens it: `5DC2505E2C91D395009E9E7F /* ... */ = {`), when on its own line.
        var id: String?
        var isa: String
        var fields: [String: String] = [:]
        var line: Int
    }

    /// Scans `key = value;` pairs and groups them under the `isa` pair that precedes them.
    private static func objects(_ bytes: [UInt8]) -> [PBXObject] {
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [PBXObject] = []
        var line = 1
        var opened: String?  // the id of the object whose `{` came last
        var listKey: String?  // the key of the `key = (` list being read, one object id a line
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            if let key = listKey, !result.isEmpty {
                let item = rawLine.drop { $0 == " " || $0 == "\t" }
                if item.hasPrefix(")") {
                    listKey = nil
                } else if let id = item.split(separator: " ").first.map({ String($0.filter { $0 != "," }) }), !id.isEmpty {
                    let previous = result[result.count - 1].fields[key]
                    result[result.count - 1].fields[key] = previous.map { $0 + " " + id } ?? id
                }
                continue
            }
            // One-line objects (`X = {isa = PBXFileReference; path = a; };`) open with `{`: it ends a statement too.
            for statement in rawLine.split(whereSeparator: { $0 == ";" || $0 == "{" }) {
                guard let equals = statement.firstIndex(of: "=") else { continue }
                let key = statement[..<equals].trimming(" \t{")
                let value = unquote(statement[statement.index(after: equals)...].trimming(" \t{"))
                if value.isEmpty, let id = key.split(separator: " ").first { opened = String(id) }
                guard !key.isEmpty, !key.contains(" ") else { continue }
                if value == "(", !result.isEmpty {
                    listKey = key
                } else if key == "isa" {
                    result.append(PBXObject(id: opened, isa: value, line: line))
                    opened = nil
                } else if !result.isEmpty {
                    if key == "repositoryURL" || key == "relativePath" { result[result.count - 1].line = line }
                    result[result.count - 1].fields[key] = value
                }
            }
        }
        return result
    }

    private static func requirement(_ fields: [String: String]) -> ManifestRequirement? {
        switch fields["kind"] {
        case "upToNextMajorVersion": fields["minimumVersion"].map(ManifestRequirement.upToNextMajor)
        case "upToNextMinorVersion": fields["minimumVersion"].map(ManifestRequirement.upToNextMinor)
        case "exactVersion": fields["version"].map(ManifestRequirement.exact)
        case "branch": fields["branch"].map(ManifestRequirement.branch)
        case "revision": fields["revision"].map(ManifestRequirement.revision)
        case "versionRange":
            if let lower = fields["minimumVersion"], let upper = fields["maximumVersion"] { .range(lower, upper) } else { nil }
        default: nil
        }
    }

    /// The `.xcodeproj` folders a workspace's `contents.xcworkspacedata` names (`location = "group:App.xcodeproj"`),
    /// relative to the workspace's folder.
    public static func projects(inWorkspaceData bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [String] = []
        for part in text.split(separator: "\"") where part.hasSuffix(".xcodeproj") {
            guard let colon = part.firstIndex(of: ":") else { continue }
            let kind = part[..<colon]
            guard kind == "group" || kind == "container" else { continue }
            result.append(String(part[part.index(after: colon)...]))
        }
        return result
    }

    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        return String(value.dropFirst().dropLast())
    }
}

extension Substring {
    fileprivate func trimming(_ set: String) -> String {
        var view = self
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
