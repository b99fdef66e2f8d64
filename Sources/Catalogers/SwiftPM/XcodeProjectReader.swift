import SovScanModel

/// Reads the Swift package references of an Xcode project (`project.pbxproj`): the direct dependencies of an app
/// that has no `Package.swift`. `XCRemoteSwiftPackageReference` objects give `repositoryURL` and `requirement`,
/// `XCLocalSwiftPackageReference` objects a `relativePath`; `PBXNativeTarget` objects whose `productType` is an
/// application give the project's application targets.
///
/// The reader scans `key = value;` pairs inside those objects; it does not parse the whole property list.
public enum XcodeProjectReader {
    /// The package references of a `project.pbxproj`, in file order, and problems found.
    public static func packageReferences(_ bytes: [UInt8], file: String) -> (PackageManifest, [Diagnostic]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var manifest = PackageManifest()
        var diagnostics: [Diagnostic] = []
        var pairs: [(key: String, value: String, line: Int)] = []
        var line = 1
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for statement in rawLine.split(separator: ";") {
                guard let equals = statement.firstIndex(of: "=") else { continue }
                let key = statement[..<equals].trimming(" \t{")
                let value = statement[statement.index(after: equals)...].trimming(" \t{")
                guard !key.isEmpty, !key.contains(" ") else { continue }
                pairs.append((key, unquote(value), line))
            }
            line += 1
        }
        var index = 0
        while index < pairs.count {
            let pair = pairs[index]
            index += 1
            guard pair.key == "isa", ["XCRemoteSwiftPackageReference", "XCLocalSwiftPackageReference",
                                      "PBXNativeTarget"].contains(pair.value) else {
                continue
            }
            var fields: [String: String] = [:]
            var fieldLine = pair.line
            while index < pairs.count, pairs[index].key != "isa" {
                if pairs[index].key == "repositoryURL" || pairs[index].key == "relativePath" { fieldLine = pairs[index].line }
                fields[pairs[index].key] = pairs[index].value
                index += 1
            }
            if pair.value == "PBXNativeTarget" {
                if fields["productType"]?.hasPrefix("com.apple.product-type.application") == true {
                    manifest.applicationTargets.append(fields["name"] ?? "?")
                }
                continue
            }
            let isRemote = pair.value == "XCRemoteSwiftPackageReference"
            let at = SourceLocation(file: file, line: fieldLine)
            if isRemote {
                guard let url = fields["repositoryURL"], let location = SwiftRepositoryLocation(sourceControl: url) else {
                    diagnostics.append(Diagnostic(.warning, "an Xcode package reference without a usable repositoryURL", at: at))
                    continue
                }
                manifest.dependencies.append(ManifestDependency(location: location, locationText: url,
                                                                requirement: requirement(fields), declaredAt: at))
            } else if let path = fields["relativePath"] {
                manifest.dependencies.append(ManifestDependency(location: .local(path: path), locationText: path,
                                                                requirement: nil, declaredAt: at))
            }
        }
        return (manifest, diagnostics)
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
