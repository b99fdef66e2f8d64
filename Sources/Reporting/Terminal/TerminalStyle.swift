/// ANSI colours for terminal output, or none.
public struct TerminalStyle: Sendable {
    /// Whether escape sequences are written.
    public let colors: Bool

    public init(colors: Bool) { self.colors = colors }

    /// No colours (files, pipes, `NO_COLOR`).
    public static let plain = TerminalStyle(colors: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
