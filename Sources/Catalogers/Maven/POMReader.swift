import SovScanModel

/// Reads a `pom.xml` into a `RawPOM` with lines, tolerant of namespaces (or none) and of encodings.
public enum POMReader {
    /// Parses POM bytes; malformed XML or a root other than `<project>` gives a diagnostic. A reference to an
    /// entity sovscan does not expand stays in the text as written and is an error in `RawPOM.diagnostics`.
    public static func read(_ bytes: [UInt8], file: String) -> Result<RawPOM, Diagnostic> {
        switch XMLTreeParser.parseDocument(bytes, file: file) {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(let tree):
            let root = tree.root
            guard root.name == "project" else {
                return .failure(Diagnostic(.error, "the root element is <\(root.name)>, not <project>",
                                           at: SourceLocation(file: file, line: root.line)))
            }
            var pom = pom(from: root, file: file)
            pom.diagnostics = tree.unexpandedEntities.map { entity in
                Diagnostic(.error, "the entity &\(entity.name); is not expanded (sovscan never reads DTD entities); the value keeps it as written",
                           at: SourceLocation(file: file, line: entity.line))
            }
            return .success(pom)
        }
    }

    static func pom(from root: XMLElement, file: String) -> RawPOM {
        var pom = RawPOM(file: file, line: root.line)
        pom.groupId = root.value("groupId")
        pom.artifactId = root.value("artifactId")
        pom.version = root.value("version")
        pom.packaging = root.value("packaging")
        pom.name = root.value("name")
        pom.description = root.value("description")
        if let parent = root.child("parent") {
            pom.parent = POMParent(groupId: parent.value("groupId"), artifactId: parent.value("artifactId"),
                                   version: parent.value("version"), relativePath: parent.value("relativePath"),
                                   line: parent.line)
        }
        pom.properties = properties(root.child("properties"))
        pom.dependencies = dependencies(root.child("dependencies"), file: file)
        pom.dependencyManagement = dependencies(root.child("dependencyManagement")?.child("dependencies"), file: file)
        pom.licenses = (root.child("licenses")?.children("license") ?? []).map { license in
            POMLicense(name: license.value("name"), url: license.value("url"), comments: license.value("comments"),
                       file: file, line: license.line)
        }
        pom.sourceRepository = root.child("scm")?.value("url") ?? root.value("url")
        pom.modules = modules(root.child("modules"))
        if let relocation = root.child("distributionManagement")?.child("relocation") {
            pom.relocation = POMRelocation(groupId: relocation.value("groupId"),
                                           artifactId: relocation.value("artifactId"),
                                           version: relocation.value("version"), line: relocation.line)
        }
        pom.profiles = (root.child("profiles")?.children("profile") ?? []).map { profile(from: $0, file: file) }
        return pom
    }

    private static func profile(from element: XMLElement, file: String) -> POMProfile {
        var activation: POMActivation?
        if let active = element.child("activation") {
            let property = active.child("property")
            activation = POMActivation(
                activeByDefault: active.value("activeByDefault") == "true",
                propertyName: property?.value("name"),
                propertyValue: property?.value("value"),
                jdk: active.value("jdk"),
                hasUnsupportedCondition: active.child("os") != nil || active.child("file") != nil)
        }
        return POMProfile(id: element.value("id") ?? "default", activation: activation,
                          properties: properties(element.child("properties")),
                          dependencies: dependencies(element.child("dependencies"), file: file),
                          dependencyManagement: dependencies(
                              element.child("dependencyManagement")?.child("dependencies"), file: file),
                          modules: modules(element.child("modules")), line: element.line)
    }

    private static func properties(_ element: XMLElement?) -> [(name: String, value: String)] {
        (element?.children ?? []).map { ($0.name, $0.trimmedText) }
    }

    private static func modules(_ element: XMLElement?) -> [String] {
        (element?.children("module") ?? []).map(\.trimmedText).filter { !$0.isEmpty }
    }

    private static func dependencies(_ element: XMLElement?, file: String) -> [POMDependency] {
        (element?.children("dependency") ?? []).map { dependency in
            POMDependency(
                groupId: dependency.value("groupId"), artifactId: dependency.value("artifactId"),
                version: dependency.value("version"), type: dependency.value("type"),
                classifier: dependency.value("classifier"), scope: dependency.value("scope"),
                optional: dependency.value("optional"), systemPath: dependency.value("systemPath"),
                exclusions: (dependency.child("exclusions")?.children("exclusion") ?? []).compactMap { exclusion in
                    guard let group = exclusion.value("groupId"), let artifact = exclusion.value("artifactId") else {
                        return nil
                    }
                    return POMExclusion(groupId: group, artifactId: artifact)
                },
                file: file, line: dependency.line, versionLine: dependency.child("version")?.line)
        }
    }
}
