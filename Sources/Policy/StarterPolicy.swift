import Classification
import SovScanModel

/// The text of a first `.sovscan.yml` (`sovscan init`): it extends a bundled profile and allows the licences the
/// scanned systems use today, each with how many components have it, so the team starts from what is true and
/// removes what it does not want. Licences the profile denies and components without a known licence are listed
/// in comments with what to do about them. Deterministic: licences and names sorted.
public struct StarterPolicy: Sendable {
    /// The bundled profile to extend (`stil`).
    public var profile: String
    /// What the profile denies, for the comments: the denied licence ids and categories as written.
    public var deniedByProfile: [LicensePattern]

    public init(profile: String, deniedByProfile: [LicensePattern] = []) {
        self.profile = profile
        self.deniedByProfile = deniedByProfile
    }

    /// The policy text for the shipping third-party components of `systems`, ending with a newline. A component
    /// that declares no licence counts under the one its technology rule states (`Classification.statedLicense`
    /// in `classified`, by position as `ScanResult` keeps them), as `sovscan check` judges it.
    public func text(for systems: [SystemInventory], classified: [ClassifiedSystem] = [],
                     knowledge: LicenseKnowledge) -> String {
        var users: [String: Set<String>] = [:]
        var packages: [String: Set<String>] = [:]
        var unknown: Set<String> = []
        for (position, system) in systems.enumerated() {
            let stated = classified.indices.contains(position) ? Self.statedLicenses(classified[position]) : [:]
            for component in system.thirdPartyComponents where component.ships {
                let name = component.displayName
                guard let expression = component.concludedLicense?.expression ?? stated[component.purl] else {
                    unknown.insert(name)
                    continue
                }
                for id in Set(expression.licenseIDs) {
                    users[id, default: []].insert(name)
                    packages[id, default: []].insert(component.purl.versionless.description)
                }
            }
        }
        let ids = users.keys.sorted()
        let denied = ids.filter { id in
            deniedByProfile.contains { pattern in
                switch pattern {
                case .category(let category): knowledge.category(of: id) == category
                case .name(let name): name.matches(id)
                }
            }
        }
        let allowed = ids.filter { !denied.contains($0) }
        let width = (allowed.map(\.count).max() ?? 0) + 7
        var lines = [
            "# A first policy for `sovscan check`, written by `sovscan init` from a scan of "
                + "\(systems.map(\.name).sorted().joined(separator: ", ")).",
            "# Review every line before committing it; docs/policy.md explains each key.",
            "",
            "# The bundled profile this policy builds on (stil, bankdata, kombit, eu-seal2): its licence categories,",
            "# share requirements and rules apply, and what it denies cannot be allowed here.",
            "extends: [\(profile)]",
            "",
            "licenses:",
            "  # The licences the shipping dependencies use today, with how many components have each.",
            "  # Remove a line to stop allowing that licence; categories (permissive, weak-copyleft ...) work too.",
        ]
        if allowed.isEmpty {
            lines.append("  allow: []")
        } else {
            lines.append("  allow:")
            for id in allowed {
                let entry = "    - \(Self.quoted(id))"
                lines.append(entry.padding(toLength: max(width, entry.count + 1), withPad: " ", startingAt: 0)
                             + "# \(users[id]?.count ?? 0) component(s)")
            }
        }
        lines.append("  # What to do with a component whose licence sovscan cannot determine: deny | warn | allow.")
        lines.append("  unknown: warn")
        if !unknown.isEmpty {
            lines.append("  # \(unknown.count) component(s) have no known licence today: " + Self.list(unknown.sorted()) + ".")
            lines.append("  # Install the dependencies before scanning, or state their licence under 'clarify:' with a reason.")
        }
        if !denied.isEmpty {
            lines.append("")
            lines.append("# The profile '\(profile)' denies licences in use today; `sovscan check` fails on them until each is removed or")
            lines.append("# covered by an exception with a reason, an exit plan and an expiry date, for example:")
            lines.append("# exceptions:")
            for id in denied {
                for purl in (packages[id] ?? []).sorted() {
                    lines.append("#   - purl: \"\(purl)\"")
                    lines.append("#     allow: [\(Self.quoted(id))]")
                    lines.append("#     reason: \"why it is needed\"")
                    lines.append("#     exit-plan: docs/exit/PLAN.md")
                    lines.append("#     expires: YYYY-MM-DD")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// At most eight names, then a count of the rest.
    private static func list(_ names: [String]) -> String {
        names.prefix(8).joined(separator: ", ") + (names.count > 8 ? " and \(names.count - 8) more" : "")
    }

    /// A YAML scalar that needs no thought: quoted when it holds anything but letters, digits, `.`, `-`, `+`.
    private static func quoted(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || "-.+".contains($0) } ? text
            : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The licences technology rules state for the components of a system that declare none, by purl.
    static func statedLicenses(_ classified: ClassifiedSystem) -> [PackageURL: LicenseExpression] {
        var stated: [PackageURL: LicenseExpression] = [:]
        for classification in classified.classifications {
            if let expression = classification.statedLicenseExpression { stated[classification.purl] = expression }
        }
        return stated
    }
}
