/// A token of HCL's native syntax.
struct HCLToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        case number(String)
        /// A quoted string or a heredoc, its escapes decoded; `interpolated` when it holds `${...}` or `%{...}`.
        case string(String, interpolated: Bool)
        /// One punctuation or operator character (`{`, `}`, `[`, `]`, `(`, `)`, `=`, `,`, `.`, `:`, `?`, ...) or a
        /// two-character operator (`==`, `!=`, `<=`, `>=`, `&&`, `||`, `=>`, `...`).
        case symbol(String)
        case newline
    }

    var kind: Kind
    var line: Int
    var column: Int
}
