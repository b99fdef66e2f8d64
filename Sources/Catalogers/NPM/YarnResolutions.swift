/// The `resolutions` field of a yarn project's root `package.json`, applied to dependency descriptors as yarn does
/// before it looks them up in the lockfile.
///
/// Keys (yarn 1 and berry forms): `name` (every descriptor of the package), `name@range` (berry: only that
/// range), `parent/name` and `**/name` (only the dependencies of `parent`, or of anyone), with scoped names
/// (`@s/parent/@t/name`). Of a deeper path (`a/b/c`, yarn 1) the last parent counts. The value is the
/// replacement range or descriptor (`18.x`, `workspace:*`, `patch:name@npm:1.0.0#./fix.patch`).
struct YarnResolutions: Sendable {
    /// One resolution rule.
    struct Rule: Sendable, Hashable {
        /// The package whose dependency is replaced; `nil` for any (`name` or `**/name`).
        let parent: String?
        let name: String
        /// The range the rule is limited to (`name@range`); `nil` for every range.
        let range: String?
        let replacement: String
    }

    let rules: [Rule]

    /// Reads `resolutions` members; keys that name no package are left out.
    init(_ members: [(key: String, value: String)]) {
        rules = members.compactMap { Self.rule(key: $0.key, value: $0.value) }
    }

    /// The range yarn uses for `name@range` declared by `parent` (`nil` for the project's own packages, whose
    /// dependencies only unscoped rules change); `nil` when no rule applies. The most specific rule wins: a
    /// parent over none, a range over none.
    func replacement(for name: String, range: String, parent: String?) -> String? {
        var best: (rank: Int, replacement: String)?
        for rule in rules where rule.name == name {
            if let wanted = rule.parent, wanted != parent { continue }
            if let wanted = rule.range, !Self.sameRange(wanted, range) { continue }
            let rank = (rule.parent == nil ? 0 : 2) + (rule.range == nil ? 0 : 1)
            if best == nil || rank > best?.rank ?? 0 { best = (rank, rule.replacement) }
        }
        return best?.replacement
    }

    /// `^1.0.0` and `npm:^1.0.0` are the same range to berry.
    private static func sameRange(_ first: String, _ second: String) -> Bool {
        first == second || "npm:" + first == second || first == "npm:" + second
    }

    private static func rule(key: String, value: String) -> Rule? {
        // Split into package names, keeping `@scope/name` together.
        var names: [String] = []
        var pendingScope: Substring?
        for segment in key.split(separator: "/", omittingEmptySubsequences: true) {
            if let scope = pendingScope {
                names.append(scope + "/" + segment)
                pendingScope = nil
            } else if segment.hasPrefix("@") {
                pendingScope = segment
            } else {
                names.append(String(segment))
            }
        }
        guard pendingScope == nil, let last = names.last, !value.isEmpty else { return nil }
        let target = YarnDescriptor(last)
        guard !target.name.isEmpty else { return nil }
        let parent = names.count >= 2 ? names[names.count - 2] : nil
        return Rule(parent: parent == "**" ? nil : parent, name: target.name,
                    range: target.range.isEmpty ? nil : target.range, replacement: value)
    }
}
