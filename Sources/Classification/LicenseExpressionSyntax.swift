/// The form of an SPDX licence expression as a rule writes it, checked without the licence list (which the
/// `Licenses` stage owns): ids and `LicenseRef-`/`DocumentRef-` references made of letters, digits, `.`, `-`
/// (an id may end in `+`), joined by `AND`, `OR` and `WITH`, grouped by balanced parentheses.
enum LicenseExpressionSyntax {
    /// Whether `text` is a well-formed SPDX licence expression.
    static func isWellFormed(_ text: String) -> Bool {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character == "(" || character == ")" || character == " " {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                if character != " " { tokens.append(String(character)) }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var depth = 0
        var expectsOperand = true
        var afterWith = false
        for token in tokens {
            switch token {
            case "(":
                guard expectsOperand, !afterWith else { return false }
                depth += 1
            case ")":
                guard !expectsOperand, depth > 0 else { return false }
                depth -= 1
            case "AND", "OR", "WITH":
                guard !expectsOperand else { return false }
                expectsOperand = true
                afterWith = token == "WITH"
            default:
                guard expectsOperand, isIdentifier(token) else { return false }
                expectsOperand = false
                afterWith = false
            }
        }
        return !tokens.isEmpty && !expectsOperand && depth == 0
    }

    private static func isIdentifier(_ token: String) -> Bool {
        let body = token.hasSuffix("+") ? token.dropLast() : Substring(token)
        guard let first = body.first, first.isASCII, first.isLetter || first.isNumber else { return false }
        return body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }
    }
}
