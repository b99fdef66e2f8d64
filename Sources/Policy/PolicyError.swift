/// Why a policy file was refused (exit 2): the file, the line and column when known, the key, and what is wrong.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The policy file as given.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The key path (`licenses.unknown`, `exceptions[1].expires`); empty for the file as a whole.
    public var key: String
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, key: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `file:line:column: key 'a.b': message`.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text + ": " + (key.isEmpty ? "" : "key '\(key)': ") + message
    }
}
