import SovScanModel

/// Parses HCL native syntax (Terraform/OpenTofu `.tf`, `.terraform.lock.hcl`) into blocks and attributes.
///
/// Total: a syntax error is an error diagnostic with its line; the parser then skips to the next line at the same
/// nesting and goes on, so one bad attribute does not lose the rest of the file. Nesting deeper than
/// `maximumDepth` is refused.
public struct HCLParser {
    /// The deepest nesting of blocks, objects, lists and brackets read.
    public static let maximumDepth = 128

    private var tokens: [HCLToken]
    private var position = 0
    private let file: String
    private var diagnostics: [Diagnostic] = []
    private var tooDeep = false

    /// The body of the file and the diagnostics.
    public static func parse(_ bytes: [UInt8], file: String) -> (body: HCLBody, diagnostics: [Diagnostic]) {
        var lexer = HCLLexer(bytes, file: file)
        let tokens = lexer.tokens()
        var parser = HCLParser(tokens: tokens, file: file)
        let body = parser.body(depth: 0, closedBy: nil)
        return (body, lexer.diagnostics + parser.diagnostics)
    }

    private init(tokens: [HCLToken], file: String) {
        self.tokens = tokens
        self.file = file
    }

    private var current: HCLToken? { position < tokens.count ? tokens[position] : nil }

    private mutating func body(depth: Int, closedBy closing: String?) -> HCLBody {
        var body = HCLBody()
        if depth > Self.maximumDepth {
            refuseDepth()
            return body
        }
        while let token = current {
            switch token.kind {
            case .newline:
                position += 1
            case .symbol("}") where closing == "}":
                position += 1
                return body
            case .identifier(let name):
                position += 1
                item(named: name, at: token, depth: depth, into: &body)
            default:
                error("expected an attribute or a block, found \(describe(token))", at: token)
                skipLine(insideBlock: closing != nil)
            }
            if tooDeep { return body }
        }
        if closing != nil {
            diagnostics.append(Diagnostic(.error, "HCL: a block is not closed before the end of the file",
                                          at: SourceLocation(file: file, line: tokens.last?.line)))
        }
        return body
    }

    private mutating func item(named name: String, at start: HCLToken, depth: Int, into body: inout HCLBody) {
        if case .symbol("=")? = current?.kind {
            position += 1
            let value = expression(depth: depth + 1)
            body.attributes.append(HCLAttribute(name: name, value: value, line: start.line, column: start.column))
            endOfItem()
            return
        }
        var labels: [String] = []
        while let token = current {
            switch token.kind {
            case .string(let text, _):
                labels.append(text)
                position += 1
            case .identifier(let text):
                labels.append(text)
                position += 1
            case .symbol("{"):
                position += 1
                let inner = self.body(depth: depth + 1, closedBy: "}")
                body.blocks.append(HCLBlock(type: name, labels: labels, body: inner, line: start.line, column: start.column))
                return
            default:
                error("expected '=' or a block after '\(name)', found \(describe(token))", at: token)
                skipLine()
                return
            }
        }
        error("the file ends inside '\(name)'", at: start)
    }

    /// Reads an expression up to the end of its attribute (a newline, `,` or closing bracket at its own level).
    private mutating func expression(depth: Int) -> HCLValue {
        guard depth <= Self.maximumDepth else {
            refuseDepth()
            return .other
        }
        guard let token = current else { return .other }
        var value: HCLValue
        switch token.kind {
        case .newline, .symbol("="), .symbol(","), .symbol("}"), .symbol("]"), .symbol(")"):
            error("expected a value, found \(describe(token))", at: token)
            if token.kind == .symbol("=") { position += 1 }
            skipExpressionRest(depth: depth)
            return .other
        case .string(let text, let interpolated):
            position += 1
            value = .string(text, interpolated: interpolated)
        case .symbol("{"):
            position += 1
            value = object(depth: depth + 1)
        case .symbol("["):
            position += 1
            value = list(depth: depth + 1)
        case .identifier(let name) where position + 1 < tokens.count && tokens[position + 1].kind == .symbol("("):
            position += 2
            value = call(name, depth: depth + 1)
        default:
            value = .other
        }
        // Anything more (an operator, a call, a reference) makes it a computed value.
        if !atEndOfExpression {
            value = .other
            skipExpressionRest(depth: depth)
        }
        return value
    }

    /// Whether the token after the current one is `=` or `:` (the current one is an object key).
    private var nextIsAssignment: Bool {
        guard position + 1 < tokens.count else { return false }
        return [.symbol("="), .symbol(":")].contains(tokens[position + 1].kind)
    }

    private var atEndOfExpression: Bool {
        guard let token = current else { return true }
        switch token.kind {
        case .newline, .symbol(","), .symbol("}"), .symbol("]"), .symbol(")"): return true
        default: return false
        }
    }

    private mutating func object(depth: Int) -> HCLValue {
        var entries: [HCLObjectEntry] = []
        while let token = current {
            switch token.kind {
            case .newline, .symbol(","):
                position += 1
            case .symbol("}"):
                position += 1
                return .object(entries)
            case .identifier("for") where entries.isEmpty && !nextIsAssignment:
                // A `for` expression (`{ for k, v in x : k => v }`): computed.
                skipBalanced(until: "}", depth: depth)
                return .other
            case .identifier(var key), .string(var key, _):
                position += 1
                // A traversal as key (`kubernetes.cluster = ...` in a module's `providers` map).
                if case .identifier = token.kind {
                    while current?.kind == .symbol("."), position + 1 < tokens.count,
                          case .identifier(let part) = tokens[position + 1].kind {
                        key += "." + part
                        position += 2
                    }
                }
                guard let separator = current, separator.kind == .symbol("=") || separator.kind == .symbol(":") else {
                    error("expected '=' after object key '\(key)'", at: token)
                    skipExpressionRest(depth: depth)
                    continue
                }
                position += 1
                entries.append(HCLObjectEntry(key: key, value: expression(depth: depth + 1), line: token.line,
                                              column: token.column))
            default:
                // A computed key `(var.x) = ...`, or a `for` expression: not a literal object.
                skipBalanced(until: "}", depth: depth)
                return .other
            }
            if tooDeep { return .other }
        }
        if !tooDeep { error("an object is not closed", at: tokens.last) }
        return .other
    }

    private mutating func list(depth: Int) -> HCLValue {
        var items: [HCLValue] = []
        while let token = current {
            switch token.kind {
            case .newline, .symbol(","):
                position += 1
            case .symbol("]"):
                position += 1
                return .list(items)
            case .identifier("for"):
                skipBalanced(until: "]", depth: depth)
                return .other
            default:
                items.append(expression(depth: depth + 1))
                if case .symbol(let symbol)? = current?.kind, !([",", "]"].contains(symbol)) {
                    position += 1
                }
            }
            if tooDeep { return .other }
        }
        if !tooDeep { error("a list is not closed", at: tokens.last) }
        return .other
    }

    /// The arguments of a function call up to its `)`; a call that is not closed is `other`.
    private mutating func call(_ name: String, depth: Int) -> HCLValue {
        var arguments: [HCLValue] = []
        while let token = current {
            switch token.kind {
            case .newline, .symbol(","):
                position += 1
            case .symbol(")"):
                position += 1
                return .call(name, arguments)
            case .symbol("}"), .symbol("]"):
                error("a call of \(name) is not closed", at: token)
                return .other
            default:
                arguments.append(expression(depth: depth + 1))
            }
            if tooDeep { return .other }
        }
        if !tooDeep { error("a call of \(name) is not closed", at: tokens.last) }
        return .other
    }

    /// Skips the rest of a computed expression: tokens up to a newline, `,` or closer at depth 0; brackets nest
    /// (and newlines inside them do not end it).
    private mutating func skipExpressionRest(depth: Int) {
        var stack: [String] = []
        while let token = current {
            if case .symbol(let symbol) = token.kind {
                if ["{", "[", "("].contains(symbol) {
                    stack.append(symbol)
                    if depth + stack.count > Self.maximumDepth {
                        refuseDepth()
                        return
                    }
                } else if ["}", "]", ")"].contains(symbol) {
                    if stack.isEmpty { return }
                    stack.removeLast()
                } else if symbol == ",", stack.isEmpty {
                    return
                }
            } else if token.kind == .newline, stack.isEmpty {
                return
            }
            position += 1
        }
    }

    /// Skips to the matching closer of an already-opened bracket.
    private mutating func skipBalanced(until closer: String, depth: Int) {
        var level = 1
        while let token = current, level > 0 {
            position += 1
            if case .symbol(let symbol) = token.kind {
                if ["{", "[", "("].contains(symbol) {
                    level += 1
                    if depth + level > Self.maximumDepth {
                        refuseDepth()
                        return
                    }
                } else if ["}", "]", ")"].contains(symbol) {
                    level -= 1
                }
            }
        }
    }

    private mutating func endOfItem() {
        guard let token = current else { return }
        switch token.kind {
        case .newline: position += 1
        case .symbol("}"): break
        default:
            error("expected a new line after the attribute, found \(describe(token))", at: token)
            skipLine()
        }
    }

    /// Skips to the end of the line after an error (brackets opened on the way nest). Inside a block, a closing
    /// brace that matches nothing ends the skip and is left for the block; at the top level it is skipped too.
    /// Always moves on by at least one token, so the parser cannot stop on one.
    private mutating func skipLine(insideBlock: Bool = true) {
        let start = position
        var open = 0
        while let token = current {
            switch token.kind {
            case .newline where open == 0:
                position += 1
                return
            case .symbol("{"), .symbol("["), .symbol("("):
                open += 1
            case .symbol("}"), .symbol("]"), .symbol(")"):
                if open > 0 {
                    open -= 1
                } else if insideBlock && token.kind == .symbol("}") {
                    if position == start { position += 1 }
                    return
                }
            default:
                break
            }
            position += 1
        }
    }

    private mutating func refuseDepth() {
        guard !tooDeep else { return }
        tooDeep = true
        diagnostics.append(Diagnostic(.error, "HCL: nesting deeper than \(Self.maximumDepth) levels; the rest of the file is not read",
                                      at: SourceLocation(file: file, line: current?.line ?? tokens.last?.line)))
        position = tokens.count
    }

    private mutating func error(_ message: String, at token: HCLToken?) {
        diagnostics.append(Diagnostic(.error, "HCL: \(message)",
                                      at: SourceLocation(file: file, line: token?.line, column: token?.column)))
    }

    private func describe(_ token: HCLToken) -> String {
        switch token.kind {
        case .identifier(let text): "'\(text)'"
        case .number(let text): "number \(text)"
        case .string: "a string"
        case .symbol(let symbol): "'\(symbol)'"
        case .newline: "the end of the line"
        }
    }
}
