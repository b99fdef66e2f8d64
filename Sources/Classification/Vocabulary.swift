/// A level of STIL's stack model (DESIGN section 4), plus `development-tooling` for build and test tools.
public enum StackLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case frontend
    case backend
    case database
    case programmingLanguage = "programming-language"
    case middleware
    case dataTechnology = "data-technology"
    case opsSupport = "ops-support"
    case cloudHosting = "cloud-hosting"
    case platform
    case developmentTooling = "development-tooling"

    /// STIL's group of the level; `nil` for development tooling, which stays outside the shares.
    public var group: StilGroup? {
        switch self {
        case .frontend, .backend, .database, .programmingLanguage, .middleware, .dataTechnology, .opsSupport:
            .applikation
        case .cloudHosting, .platform:
            .infrastruktur
        case .developmentTooling:
            nil
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: StackLevel, rhs: StackLevel) -> Bool { lhs.rank < rhs.rank }
}

/// STIL's two groups of stack levels.
public enum StilGroup: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case applikation = "Applikation"
    case infrastruktur = "Infrastruktur"

    /// The levels that make up the group, in model order.
    public var levels: [StackLevel] { StackLevel.allCases.filter { $0.group == self } }

    public static func < (lhs: StilGroup, rhs: StilGroup) -> Bool { lhs == .applikation && rhs == .infrastruktur }
}

/// The jurisdiction bloc of a vendor's legal seat. `EU` covers the EU and the EEA.
public enum Bloc: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case eu = "EU"
    case uk = "UK"
    case ch = "CH"
    case us = "US"
    case cn = "CN"
    case other
    /// An international community without one legal seat.
    case international
    case unknown

    /// Whether the bloc is the EU/EEA.
    public var isEU: Bool { self == .eu }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Bloc, rhs: Bloc) -> Bool { lhs.rank < rhs.rank }
}

/// Who steers a project.
public enum Governance: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case foundation
    case community
    case company
    case publicSector = "public-sector"

    /// Whether no single company controls the project.
    public var isShared: Bool { self != .company }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Governance, rhs: Governance) -> Bool { lhs.rank < rhs.rank }
}

/// What kind of service a platform binding ties a system to.
public enum BindingKind: String, Sendable, Hashable, Codable, CaseIterable {
    case cloud
    case saasAPI = "saas-api"
    case database
    case observability
    case identity
    case payment
    case messaging
    case analytics
    /// A secrets manager (HashiCorp Vault, 1Password, Doppler): where the system's credentials live.
    case secrets

    /// The stack level a binding counts toward: a cloud binds hosting, every other service binds the platform.
    public var level: StackLevel { self == .cloud ? .cloudHosting : .platform }
}
