import SovScanModel

/// What the licence rules say about a licence expression.
public enum LicenseVerdict: Sendable, Hashable {
    /// Some way of satisfying the expression uses only allowed licences.
    case allowed
    /// Every way of satisfying it needs a licence whose category is unknown (and no way is allowed).
    case unknown(String)
    /// Every way needs a licence that is denied or not allowed; the licence that blocks, and whether it was
    /// explicitly denied (`true`) or merely not on the allow list (`false`).
    case refused(String, denied: Bool)

    private var rank: Int {
        switch self {
        case .allowed: 2
        case .unknown: 1
        case .refused: 0
        }
    }

    /// The better of two verdicts (an `OR` may choose).
    func better(_ other: LicenseVerdict) -> LicenseVerdict { other.rank > rank ? other : self }

    /// The worse of two verdicts (an `AND` needs both).
    func worse(_ other: LicenseVerdict) -> LicenseVerdict {
        if other.rank != rank { return other.rank < rank ? other : self }
        // Between two refusals, an explicit denial says more.
        if case .refused(_, false) = self, case .refused(_, true) = other { return other }
        return self
    }
}

extension LicensePolicy {
    /// Judges an expression: `OR` passes when any operand passes, `AND` when all do, `WITH` is judged by its
    /// licence. Each licence is denied when a deny entry matches it, else allowed when an allow entry matches, else
    /// unknown when its category is unknown, else allowed when the allow list is empty, else not allowed.
    public func verdict(for expression: LicenseExpression, knowledge: LicenseKnowledge) -> LicenseVerdict {
        switch expression {
        case let .license(id, orLater, exception):
            return verdict(forLicense: id, orLater: orLater, exception: exception, knowledge: knowledge)
        case .or(let operands):
            return operands.dropFirst().reduce(verdict(for: operands.first ?? .license(id: ""), knowledge: knowledge)) {
                $0.better(verdict(for: $1, knowledge: knowledge))
            }
        case .and(let operands):
            return operands.dropFirst().reduce(verdict(for: operands.first ?? .license(id: ""), knowledge: knowledge)) {
                $0.worse(verdict(for: $1, knowledge: knowledge))
            }
        }
    }

    private func verdict(forLicense id: String, orLater: Bool, exception: String?, knowledge: LicenseKnowledge) -> LicenseVerdict {
        let category = knowledge.category(of: id)
        let names = [id, id + (orLater ? "+" : "")] + (exception.map { [id + " WITH " + $0] } ?? [])
        func matches(_ pattern: LicensePattern) -> Bool {
            switch pattern {
            case .category(let wanted): return wanted == category
            case .name(let name): return names.contains { name.matches($0) }
            }
        }
        let shown = id + (orLater ? "+" : "") + (exception.map { " WITH \($0)" } ?? "")
        if deny.contains(where: matches) { return .refused(shown, denied: true) }
        if allow.contains(where: matches) { return .allowed }
        if category == .unknown { return .unknown(shown) }
        return allow.isEmpty ? .allowed : .refused(shown, denied: false)
    }
}
