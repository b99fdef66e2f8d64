import SovScanModel

/// A syntax error in an SPDX licence expression, with the character offset (0-based) where it was found.
public struct LicenseExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset in characters from the start of the expression.
    public let offset: Int
    public let message: String

    public var description: String { "at column \(offset + 1): \(message)" }
}

/// Parses SPDX 2.3 licence expressions (Annex D): `+`, `WITH`, `AND`, `OR` from tightest to loosest, parentheses,
/// operators in any letter case, `LicenseRef-` and `DocumentRef-x:LicenseRef-y`.
///
/// This is syntax only: ids come out as written. `LicenseExpressionResolver` maps them to SPDX's spelling and
/// replaces deprecated ids. Operands of the same operator are flattened (`a AND (b AND c)` is `a AND b AND c`).
public enum LicenseExpressionParser {
    /// Parentheses nested deeper than this are refused rather than recursed into.
    public static let maximumDepth = 64

    public static func parse(_ text: String) throws(LicenseExpressionError) -> LicenseExpression {
        var parser = Parser(tokens: try tokenize(text), end: text.count)
        let expression = try parser.parseOr(depth: 0)
        if let token = parser.peek {
            let message = token.kind == .close
                ? "unbalanced ')': no matching '('" : "unexpected \(token.kind.display)"
            throw LicenseExpressionError(offset: token.offset, message: message)
        }
        return expression
    }

    struct Token {
        enum Kind: Equatable {
            case open, close, and, or, with
            case id(String, plus: Bool)

            var display: String {
                switch self {
                case .open: "'('"
                case .close: "')'"
                case .and: "AND"
                case .or: "OR"
                case .with: "WITH"
                case .id(let id, let plus): "'\(id)\(plus ? "+" : "")'"
                }
            }
        }
        let kind: Kind
        let offset: Int
    }

    static func tokenize(_ text: String) throws(LicenseExpressionError) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == "(" {
                tokens.append(Token(kind: .open, offset: index))
                index += 1
            } else if character == ")" {
                tokens.append(Token(kind: .close, offset: index))
                index += 1
            } else if isIDCharacter(character) {
                let start = index
                while index < characters.count, isIDCharacter(characters[index]) { index += 1 }
                let word = String(characters[start..<index])
                var plus = false
                if index < characters.count, characters[index] == "+" {
                    plus = true
                    index += 1
                }
                if index < characters.count, !characters[index].isWhitespace, characters[index] != "(",
                   characters[index] != ")" {
                    throw LicenseExpressionError(
                        offset: index, message: "unexpected character '\(characters[index])' in licence id")
                }
                switch word.uppercased() {
                case "AND" where !plus: tokens.append(Token(kind: .and, offset: start))
                case "OR" where !plus: tokens.append(Token(kind: .or, offset: start))
                case "WITH" where !plus: tokens.append(Token(kind: .with, offset: start))
                default:
                    if word.hasSuffix(":") || word.hasPrefix(":") || word.filter({ $0 == ":" }).count > 1 {
                        throw LicenseExpressionError(offset: start, message: "malformed DocumentRef '\(word)'")
                    }
                    if word.contains(":"), !word.lowercased().hasPrefix("documentref-") {
                        throw LicenseExpressionError(
                            offset: start, message: "':' is only allowed in DocumentRef-...:LicenseRef-...")
                    }
                    tokens.append(Token(kind: .id(word, plus: plus), offset: start))
                }
            } else if character == "+" {
                throw LicenseExpressionError(offset: index, message: "'+' must follow a licence id directly")
            } else {
                throw LicenseExpressionError(offset: index, message: "unexpected character '\(character)'")
            }
        }
        if tokens.isEmpty {
            throw LicenseExpressionError(offset: 0, message: "empty licence expression")
        }
        return tokens
    }

    private static func isIDCharacter(_ character: Character) -> Bool {
        guard character.isASCII, let ascii = character.asciiValue else { return false }
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private struct Parser {
        let tokens: [Token]
        let end: Int
        var position = 0

        var peek: Token? { position < tokens.count ? tokens[position] : nil }

        mutating func parseOr(depth: Int) throws(LicenseExpressionError) -> LicenseExpression {
            var operands = [try parseAnd(depth: depth)]
            while let token = peek, token.kind == .or {
                position += 1
                operands.append(try parseAnd(depth: depth))
            }
            return operands.count == 1 ? operands[0] : .or(operands.flatMap(Self.orOperands))
        }

        mutating func parseAnd(depth: Int) throws(LicenseExpressionError) -> LicenseExpression {
            var operands = [try parseWith(depth: depth)]
            while let token = peek, token.kind == .and {
                position += 1
                operands.append(try parseWith(depth: depth))
            }
            return operands.count == 1 ? operands[0] : .and(operands.flatMap(Self.andOperands))
        }

        mutating func parseWith(depth: Int) throws(LicenseExpressionError) -> LicenseExpression {
            let start = peek?.offset ?? end
            let simple = try parsePrimary(depth: depth)
            guard let token = peek, token.kind == .with else { return simple }
            position += 1
            guard let exceptionToken = peek else {
                throw LicenseExpressionError(offset: end, message: "expected an exception id after WITH")
            }
            guard case let .id(exception, plus) = exceptionToken.kind, !plus else {
                throw LicenseExpressionError(
                    offset: exceptionToken.offset,
                    message: "expected an exception id after WITH, found \(exceptionToken.kind.display)")
            }
            position += 1
            guard case let .license(id, orLater, existing) = simple, existing == nil else {
                throw LicenseExpressionError(offset: start, message: "WITH must follow a single licence id")
            }
            return .license(id: id, orLater: orLater, exception: exception)
        }

        mutating func parsePrimary(depth: Int) throws(LicenseExpressionError) -> LicenseExpression {
            guard let token = peek else {
                throw LicenseExpressionError(offset: end, message: "expected a licence id or '(' at the end")
            }
            switch token.kind {
            case .open:
                guard depth < LicenseExpressionParser.maximumDepth else {
                    throw LicenseExpressionError(offset: token.offset, message: "parentheses nested too deeply")
                }
                position += 1
                let inner = try parseOr(depth: depth + 1)
                guard let close = peek, close.kind == .close else {
                    throw LicenseExpressionError(
                        offset: token.offset, message: "unbalanced '(': no matching ')'")
                }
                position += 1
                return inner
            case let .id(id, plus):
                position += 1
                return .license(id: id, orLater: plus, exception: nil)
            case .close:
                throw LicenseExpressionError(offset: token.offset, message: "unbalanced ')': no matching '('")
            case .and, .or, .with:
                throw LicenseExpressionError(
                    offset: token.offset, message: "expected a licence id or '(', found \(token.kind.display)")
            }
        }

        static func orOperands(_ expression: LicenseExpression) -> [LicenseExpression] {
            if case .or(let operands) = expression { return operands }
            return [expression]
        }

        static func andOperands(_ expression: LicenseExpression) -> [LicenseExpression] {
            if case .and(let operands) = expression { return operands }
            return [expression]
        }
    }
}
