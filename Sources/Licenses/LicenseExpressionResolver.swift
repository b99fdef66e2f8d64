import SovScanModel

/// An expression with its ids in SPDX's spelling, and what could not be resolved.
public struct ResolvedExpression: Sendable, Hashable {
    public var expression: LicenseExpression
    /// Licence ids that are neither SPDX ids nor references (`LicenseRef-`, `DocumentRef-`), as written.
    public var unknownIDs: [String]
    /// Exception ids SPDX does not list, as written.
    public var unknownExceptions: [String]
    /// What was changed: letter case, deprecated ids replaced.
    public var changes: [String]

    /// Every id is a known SPDX id or a reference.
    public var isFullyKnown: Bool { unknownIDs.isEmpty && unknownExceptions.isEmpty }
}

/// Maps ids of a parsed expression to their canonical SPDX spelling and replaces deprecated ids
/// (`GPL-2.0` -> `GPL-2.0-only`, `GPL-2.0+` -> `GPL-2.0-or-later`, `GPL-2.0-with-classpath-exception` ->
/// `GPL-2.0-only WITH Classpath-exception-2.0`, `GPL-2.0-only+` -> `GPL-2.0-or-later`).
public struct LicenseExpressionResolver: Sendable {
    public let list: LicenseList

    public init(list: LicenseList) { self.list = list }

    /// Parses and resolves in one step.
    public func parse(_ text: String) throws(LicenseExpressionError) -> ResolvedExpression {
        resolve(try LicenseExpressionParser.parse(text))
    }

    public func resolve(_ expression: LicenseExpression) -> ResolvedExpression {
        var result = ResolvedExpression(expression: expression, unknownIDs: [], unknownExceptions: [], changes: [])
        result.expression = resolve(expression, into: &result)
        return result
    }

    private func resolve(_ expression: LicenseExpression, into result: inout ResolvedExpression) -> LicenseExpression {
        switch expression {
        case let .license(id, orLater, exception):
            return resolveLicense(id: id, orLater: orLater, exception: exception, into: &result)
        case .and(let operands):
            return .and(operands.map { resolve($0, into: &result) }.flatMap { operand -> [LicenseExpression] in
                if case .and(let inner) = operand { return inner }
                return [operand]
            })
        case .or(let operands):
            return .or(operands.map { resolve($0, into: &result) }.flatMap { operand -> [LicenseExpression] in
                if case .or(let inner) = operand { return inner }
                return [operand]
            })
        }
    }

    private func resolveLicense(
        id: String, orLater: Bool, exception: String?, into result: inout ResolvedExpression
    ) -> LicenseExpression {
        let canonicalException = exception.map { resolveException($0, into: &result) }
        let lower = id.lowercased()
        if lower.hasPrefix("documentref-") || lower.hasPrefix("licenseref-") {
            let canonical = list.license(id)?.id ?? Self.referenceSpelling(id)
            return .license(id: canonical, orLater: orLater, exception: canonicalException)
        }
        guard let info = list.license(id) else {
            result.unknownIDs.append(id)
            return .license(id: id, orLater: orLater, exception: canonicalException)
        }
        if info.id != id { result.changes.append("'\(id)' is spelled '\(info.id)'") }
        if info.deprecated, let replacement = orLater ? (info.replacedByOrLater ?? info.replacedBy) : info.replacedBy,
           let parsed = try? LicenseExpressionParser.parse(replacement),
           case let .license(newID, newOrLater, newException) = parsed {
            result.changes.append("deprecated '\(info.id)\(orLater ? "+" : "")' is '\(replacement)'")
            let keepsPlus = orLater && info.replacedByOrLater == nil && !newID.hasSuffix("-or-later")
            return upgradeOrLater(
                id: newID, orLater: newOrLater || keepsPlus, exception: canonicalException ?? newException)
        }
        return upgradeOrLater(id: info.id, orLater: orLater, exception: canonicalException)
    }

    /// `X-only+` is `X-or-later`; `X-or-later+` is `X-or-later`.
    private func upgradeOrLater(id: String, orLater: Bool, exception: String?) -> LicenseExpression {
        guard orLater else { return .license(id: id, orLater: false, exception: exception) }
        if id.hasSuffix("-or-later") { return .license(id: id, orLater: false, exception: exception) }
        if id.hasSuffix("-only"), let later = list.license(String(id.dropLast(5)) + "-or-later") {
            return .license(id: later.id, orLater: false, exception: exception)
        }
        return .license(id: id, orLater: true, exception: exception)
    }

    private func resolveException(_ id: String, into result: inout ResolvedExpression) -> String {
        guard let info = list.exception(id) else {
            result.unknownExceptions.append(id)
            return id
        }
        if info.id != id { result.changes.append("'\(id)' is spelled '\(info.id)'") }
        return info.id
    }

    /// `licenseref-foo` -> `LicenseRef-foo`; `documentref-a:licenseref-b` -> `DocumentRef-a:LicenseRef-b`.
    static func referenceSpelling(_ id: String) -> String {
        var parts: [String] = []
        for part in id.split(separator: ":", omittingEmptySubsequences: false) {
            let text = String(part)
            let lower = text.lowercased()
            if lower.hasPrefix("documentref-") {
                parts.append("DocumentRef-" + text.dropFirst(12))
            } else if lower.hasPrefix("licenseref-") {
                parts.append("LicenseRef-" + text.dropFirst(11))
            } else {
                parts.append(text)
            }
        }
        return parts.joined(separator: ":")
    }
}
