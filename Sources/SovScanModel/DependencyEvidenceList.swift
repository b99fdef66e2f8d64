/// The text of npm project properties that name dependencies with their evidence:
/// `Component.scriptOnlyDependenciesProperty` (the runtime dependencies that only a project's build scripts use) and
/// `Component.programRunnersProperty` (the runners that run the project's program). Entries are `name: evidence`,
/// sorted by name and separated by `; ` (`rimraf: prebuild; yaml: build:data via scripts/make-data.js`). A `%` or
/// `;` inside a name or an evidence is written `%25` or `%3B`, so every entry reads back whole: a build-time file's
/// folder may hold a `;`. The npm cataloger writes the text; the classifier reads it back to explain its decision.
public enum DependencyEvidenceList {
    /// The property's text for dependencies and their evidence (in any order).
    public static func text(of dependencies: [(name: String, evidence: String)]) -> String {
        dependencies.sorted { $0.name < $1.name }.map { escaped($0.name) + ": " + escaped($0.evidence) }
            .joined(separator: "; ")
    }

    /// The evidence of each dependency a property's text names, by name; entries that are no `name: evidence` are
    /// left out.
    public static func dependencies(in text: String) -> [String: String] {
        var found: [String: String] = [:]
        for entry in text.split(separator: ";") {
            let parts = entry.split(separator: ":", maxSplits: 1).map { unescaped(String($0.drop { $0 == " " })) }
            guard parts.count == 2 else { continue }
            found[parts[0]] = parts[1]
        }
        return found
    }

    private static func escaped(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing(";", with: "%3B")
    }

    /// The text before `escaped`: `%3B` first, since after it every `%` left begins a `%25`.
    private static func unescaped(_ text: String) -> String {
        text.replacing("%3B", with: ";").replacing("%25", with: "%")
    }
}
