import Catalogers
import Foundation
import SovScanModel

/// Compares sovscan's Maven resolution of an oracle case (`project/`, `m2/`, `expected.json` written by
/// `mavenoracle.py` from real Maven 3.8.7) with Maven's answer.
enum MavenOracleComparison {
    /// What differs, one line per difference; empty when sovscan agrees with Maven.
    static func differences(caseFolder: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: caseFolder + "/expected.json"),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let projects = json["projects"] as? [[String: Any]] else {
            return ["\(caseFolder): expected.json is missing or unreadable"]
        }
        if let status = json["status"] as? String, status != "ok" { return [] }
        let root = caseFolder + "/project"
        let poms = projects.compactMap { $0["pom"] as? String }
        let resolution = MavenBuildResolver.resolve(
            pomPaths: poms, root: root, options: CatalogOptions(mavenRepository: caseFolder + "/m2"),
            home: caseFolder)
        var output: [String] = []
        for expected in projects {
            guard let pom = expected["pom"] as? String else { continue }
            guard let ours = resolution.projects.first(where: { $0.file == pom }) else {
                output.append("\(pom): not resolved by sovscan")
                continue
            }
            let wanted = Set((expected["dependencies"] as? [[String: Any]] ?? []).map(Self.key))
            let got = Set(ours.dependencies.map {
                "\($0.groupId):\($0.artifactId):\($0.version):\($0.scope):\($0.isOptional)"
            })
            for missing in wanted.subtracting(got).sorted() { output.append("\(pom): missing \(missing)") }
            for extra in got.subtracting(wanted).sorted() { output.append("\(pom): extra \(extra)") }
            if let effective = expected["effectivePom"] as? [String: Any] {
                output += effectiveDifferences(pom: pom, expected: effective, model: ours.model)
            }
        }
        return output
    }

    private static func key(_ node: [String: Any]) -> String {
        let group = node["groupId"] as? String ?? ""
        let artifact = node["artifactId"] as? String ?? ""
        let version = node["version"] as? String ?? ""
        let scope = node["scope"] as? String ?? ""
        let optional = node["optional"] as? Bool ?? false
        return "\(group):\(artifact):\(version):\(scope):\(optional)"
    }

    private static func dependencyKey(_ node: [String: Any]) -> String {
        let exclusions = (node["exclusions"] as? [String] ?? []).sorted().joined(separator: ",")
        let text = { (name: String) in node[name] as? String ?? "" }
        let scope = (node["scope"] as? String) ?? "-"
        let optional = (node["optional"] as? Bool) ?? false
        return [text("groupId"), text("artifactId"), text("version"), text("type"), text("classifier"), scope,
                "\(optional)"].joined(separator: ":") + "[\(exclusions)]"
    }

    private static func dependencyKey(_ dependency: MavenDependency, managed: Bool) -> String {
        let exclusions = dependency.exclusions.map { "\($0.groupId):\($0.artifactId)" }.sorted().joined(separator: ",")
        let scope = dependency.scope ?? (managed ? "-" : "compile")
        return [dependency.groupId, dependency.artifactId, dependency.version, dependency.type, dependency.classifier,
                scope, "\(dependency.isOptional)"].joined(separator: ":") + "[\(exclusions)]"
    }

    private static func effectiveDifferences(pom: String, expected: [String: Any], model: EffectiveModel) -> [String] {
        var output: [String] = []
        if let properties = expected["properties"] as? [String: String] {
            for (name, value) in properties.sorted(by: { $0.key < $1.key }) where model.properties[name] != value {
                output.append("\(pom): effective property \(name) = \(model.properties[name] ?? "nil"), Maven \(value)")
            }
        }
        let wantedDependencies = (expected["dependencies"] as? [[String: Any]] ?? []).map(dependencyKey)
        let gotDependencies = model.dependencies.map { dependencyKey($0, managed: false) }
        if wantedDependencies != gotDependencies {
            output.append("\(pom): effective dependencies differ:\n  maven   \(wantedDependencies)\n  sovscan \(gotDependencies)")
        }
        let wantedManagement = Set((expected["dependencyManagement"] as? [[String: Any]] ?? []).map(dependencyKey))
        let gotManagement = Set(model.dependencyManagement.map { dependencyKey($0, managed: true) })
        for missing in wantedManagement.subtracting(gotManagement).sorted() {
            output.append("\(pom): effective dependencyManagement lacks \(missing)")
        }
        for extra in gotManagement.subtracting(wantedManagement).sorted() {
            output.append("\(pom): effective dependencyManagement has extra \(extra)")
        }
        return output
    }
}
