/// The body of an HCL file or block: attributes and nested blocks, in file order.
public struct HCLBody: Sendable, Equatable {
    public var attributes: [HCLAttribute] = []
    public var blocks: [HCLBlock] = []

    /// The first attribute named `name`.
    public func attribute(_ name: String) -> HCLAttribute? { attributes.first { $0.name == name } }

    /// The blocks of a type (`resource`, `provider`, `required_providers`).
    public func blocks(_ type: String) -> [HCLBlock] { blocks.filter { $0.type == type } }
}

/// `name = expression`.
public struct HCLAttribute: Sendable, Equatable {
    public var name: String
    public var value: HCLValue
    public var line: Int
    public var column: Int
}

/// `type "label" "label" { body }`.
public struct HCLBlock: Sendable, Equatable {
    public var type: String
    public var labels: [String]
    public var body: HCLBody
    public var line: Int
    public var column: Int
}

/// The value of an expression, as far as sovscan needs it: literal strings, objects, lists and function calls
/// with their arguments; anything else (references, operators) is `other`.
public indirect enum HCLValue: Sendable, Equatable {
    /// A string or heredoc; `interpolated` when it holds template sequences, so its text is not the final value.
    case string(String, interpolated: Bool)
    case object([HCLObjectEntry])
    case list([HCLValue])
    /// A call of a built-in function (`jsonencode([...])`) with its arguments; what it returns is computed.
    case call(String, [HCLValue])
    case other

    /// The literal text of a string without interpolation.
    public var literal: String? {
        if case .string(let text, false) = self { return text }
        return nil
    }

    /// The entry `key` of an object.
    public subscript(key: String) -> HCLValue? {
        guard case .object(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

/// `key = value` in an object constructor.
public struct HCLObjectEntry: Sendable, Equatable {
    public var key: String
    public var value: HCLValue
    public var line: Int
    public var column: Int
}
