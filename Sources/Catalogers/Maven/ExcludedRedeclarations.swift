/// Direct dependencies that a POM declares beside another direct dependency that it excludes them from: InSEE's
/// Queen listener excludes `commons-beanutils` from `spring-boot-starter-artemis` and declares a fixed version of it
/// in the same POM, a patch of what the starter brings. Such a declaration serves what the dependency it replaces a
/// transitive artefact of serves (`Component.mavenReplacesExcludedProperty`).
enum ExcludedRedeclarations {
    /// For each `group:artifact` that a shipping direct dependency of `dependencies` excludes by name (no wildcard)
    /// and another entry declares in a shipping scope, the `group:artifact` of the first dependency, in declaration
    /// order, that excludes it.
    static func excluders(in dependencies: [MavenDependency]) -> [String: String] {
        // Most modules exclude nothing: no keys to build (issue 17).
        guard dependencies.contains(where: { !$0.exclusions.isEmpty }) else { return [:] }
        let shipping = dependencies.filter { isShipping($0.scope) }
        let declared = Set(shipping.map { key($0.groupId, $0.artifactId) })
        var result: [String: String] = [:]
        for dependency in shipping {
            for exclusion in dependency.exclusions where exclusion.groupId != "*" && exclusion.artifactId != "*" {
                let excluded = key(exclusion.groupId, exclusion.artifactId)
                guard declared.contains(excluded), excluded != key(dependency.groupId, dependency.artifactId),
                      result[excluded] == nil else { continue }
                result[excluded] = key(dependency.groupId, dependency.artifactId)
            }
        }
        return result
    }

    /// `group:artifact`, the key the property's value and the lookup share.
    static func key(_ group: String, _ artifact: String) -> String { "\(group):\(artifact)" }

    /// Whether a declared scope ships (`compile` when none is given, `runtime`).
    private static func isShipping(_ scope: String?) -> Bool {
        switch scope ?? "" {
        case "", "compile", "runtime": return true
        default: return false
        }
    }
}
