import SovScanModel

/// Whether an expression is open source: three-valued, because an unknown licence makes it unknowable.
public enum OSSStatus: String, Sendable, Hashable, Codable {
    case yes = "true"
    case no = "false"
    case unknown
}

/// Categories and OSS status of licence expressions (DESIGN section 4).
///
/// OSS means the expression can be satisfied with OSI-approved or FSF-free licences: `OR` needs one branch,
/// `AND` needs all, `WITH` keeps the licence's status. The category of `OR` is its least restrictive branch,
/// that of `AND` its most restrictive operand; a strong-copyleft licence `WITH` a linking exception
/// (`Classpath-exception-2.0`) is weak copyleft.
public struct LicenseClassifier: Sendable {
    public let list: LicenseList

    public init(list: LicenseList) { self.list = list }

    public func isOSS(_ expression: LicenseExpression) -> OSSStatus {
        switch expression {
        case .license(let id, _, _):
            guard let info = list.license(id) else { return .unknown }
            return info.isOSS ? .yes : .no
        case .or(let operands):
            let values = operands.map(isOSS)
            if values.contains(.yes) { return .yes }
            return values.contains(.unknown) ? .unknown : .no
        case .and(let operands):
            let values = operands.map(isOSS)
            if values.contains(.no) { return .no }
            return values.contains(.unknown) ? .unknown : .yes
        }
    }

    public func category(of expression: LicenseExpression) -> LicenseCategory {
        switch expression {
        case let .license(id, _, exception):
            guard let info = list.license(id) else { return .unknown }
            if info.category == .strongCopyleft, let exception, list.exception(exception)?.weakensCopyleft == true {
                return .weakCopyleft
            }
            return info.category
        case .or(let operands):
            let categories = operands.map { category(of: $0) }
            let known = categories.filter { $0 != .unknown }
            guard let least = known.min(by: { Self.rank($0) < Self.rank($1) }) else { return .unknown }
            // An unknown branch might be freer than a restrictive known one: only a free branch settles it.
            if categories.contains(.unknown), Self.rank(least) > Self.rank(.permissive) { return .unknown }
            return least
        case .and(let operands):
            let categories = operands.map { category(of: $0) }
            if categories.contains(.proprietary) { return .proprietary }
            if categories.contains(.unknown) { return .unknown }
            return categories.max(by: { Self.rank($0) < Self.rank($1) }) ?? .unknown
        }
    }

    /// From least to most restrictive.
    static func rank(_ category: LicenseCategory) -> Int {
        switch category {
        case .publicDomain: 0
        case .permissive: 1
        case .weakCopyleft: 2
        case .strongCopyleft: 3
        case .networkCopyleft: 4
        case .sourceAvailable: 5
        case .proprietary: 6
        case .unknown: 7
        }
    }
}
