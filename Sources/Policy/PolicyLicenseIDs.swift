import Licenses
import SovScanModel

/// Reads the licence ids of a policy's `licenses.allow` and `deny` lists with the resolver that reads manifests, so
/// a policy and a lockfile name a licence the same way: letter case is corrected, a deprecated id becomes its
/// current one (`GPL-3.0` is `GPL-3.0-only`, as the lockfile side reads it) with a warning, and an id the licence
/// data does not know is an error with a suggestion. `LicenseRef-` and `DocumentRef-` ids are the user's own.
public struct PolicyLicenseIDs: Sendable {
    let normalizer: LicenseNormalizer

    public init(normalizer: LicenseNormalizer) {
        self.normalizer = normalizer
    }

    /// The policy with its literal licence ids in SPDX's current spelling, the warnings about ids that were
    /// changed, and the errors about ids that are not licences.
    public struct Outcome: Sendable {
        public var policy: Policy
        public var warnings: [PolicyError]
        public var errors: [PolicyError]
    }

    public func normalize(_ policy: Policy) -> Outcome {
        var result = Outcome(policy: policy, warnings: [], errors: [])
        var replacements: [String: String] = [:]
        for name in policy.licenseNames {
            let problem = { (message: String) in
                PolicyError(file: name.location.file, line: name.location.line, column: name.location.column,
                            key: name.key, message: message)
            }
            let resolved: ResolvedExpression
            do {
                resolved = try normalizer.resolver.parse(name.id)
            } catch {
                result.errors.append(problem("'\(name.id)' is not a licence id sovscan knows" + suggestion(for: name.id)))
                continue
            }
            if let unknown = resolved.unknownIDs.first ?? resolved.unknownExceptions.first {
                let what = resolved.unknownIDs.isEmpty ? "an exception id" : "a licence id"
                result.errors.append(problem("'\(unknown)' is not \(what) sovscan knows (SPDX ids, e.g. Apache-2.0)"
                                           + suggestion(for: name.id)))
                continue
            }
            let canonical = resolved.expression.spdx
            guard canonical != name.id else { continue }
            replacements[name.id] = canonical
            if resolved.changes.contains(where: { $0.hasPrefix("deprecated") }) {
                result.warnings.append(problem("'\(name.id)' is a deprecated SPDX id; it is read as '\(canonical)', as in manifests"))
            }
        }
        result.policy.licenses.allow = result.policy.licenses.allow.map { Self.replacing($0, replacements) }
        result.policy.licenses.deny = result.policy.licenses.deny.map { Self.replacing($0, replacements) }
        for index in result.policy.exceptions.indices {
            result.policy.exceptions[index].licenses = result.policy.exceptions[index].licenses.map { replacements[$0] ?? $0 }
        }
        for (index, clarification) in policy.licenses.clarify.enumerated() {
            let problem = { (message: String) in
                PolicyError(file: clarification.location.file, line: clarification.location.line,
                            column: clarification.location.column, key: "licenses.clarify[\(index)].license", message: message)
            }
            do {
                let resolved = try normalizer.resolver.parse(clarification.license)
                if let unknown = resolved.unknownIDs.first ?? resolved.unknownExceptions.first {
                    result.errors.append(problem("'\(unknown)' in '\(clarification.license)' is not an id sovscan knows" + suggestion(for: unknown)))
                } else {
                    result.policy.licenses.clarify[index].license = resolved.expression.spdx
                }
            } catch {
                result.errors.append(problem("'\(clarification.license)' is not an SPDX expression: \(error)"))
            }
        }
        return result
    }

    private static func replacing(_ pattern: LicensePattern, _ replacements: [String: String]) -> LicensePattern {
        guard case .name(let name) = pattern, name.isLiteral, let canonical = replacements[name.text] else { return pattern }
        return .name(.literal(canonical))
    }

    /// `; did you mean 'Apache-2.0'?`: what the manifest normaliser reads the text as (aliases such as `Apache 2`),
    /// else the SPDX id nearest in spelling (at most three edits apart); empty without a candidate.
    func suggestion(for text: String) -> String {
        if let expression = normalizer.normalize(text: text).expression, expression.spdx != text {
            return "; did you mean '\(expression.spdx)'?"
        }
        let lowered = Array(text.lowercased())
        var best: (id: String, distance: Int)?
        for license in normalizer.resolver.list.allLicenses where !license.deprecated {
            let distance = Self.editDistance(lowered, Array(license.id.lowercased()), limit: 3)
            if distance <= 3, distance < (best?.distance ?? Int.max) { best = (license.id, distance) }
        }
        return best.map { "; did you mean '\($0.id)'?" } ?? ""
    }

    /// Edit distance counting a swap of two neighbouring characters as one edit (`MTI` is one edit from `MIT`),
    /// stopping early (returning `limit + 1`) once every path exceeds `limit`.
    static func editDistance(_ left: [Character], _ right: [Character], limit: Int) -> Int {
        guard abs(left.count - right.count) <= limit else { return limit + 1 }
        var twoBack: [Int] = []
        var previous = Array(0...right.count)
        for row in left.indices {
            var current = [row + 1] + Array(repeating: 0, count: right.count)
            for column in right.indices {
                var cost = min(previous[column + 1] + 1, current[column] + 1,
                               previous[column] + (left[row] == right[column] ? 0 : 1))
                if row > 0, column > 0, left[row] == right[column - 1], left[row - 1] == right[column] {
                    cost = min(cost, twoBack[column - 1] + 1)
                }
                current[column + 1] = cost
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            twoBack = previous
            previous = current
        }
        return previous[right.count]
    }
}
