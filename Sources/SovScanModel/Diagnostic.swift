/// Something the scan wants a person to know: a file it could not read, a value it could not resolve.
public struct Diagnostic: Error, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Data was lost: a manifest or part of it could not be read. Makes the scan incomplete.
        case error
        /// The result may be less precise than it could be (an unresolved property, an unpinned version).
        case warning
        /// For information.
        case note

        var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems of the scan as a whole.
    public var location: SourceLocation?
    /// What went wrong, in a sentence a person can act on (English).
    public var message: String
    /// The kind of problem and its values, for the frequent kinds, so a report in another language can word it
    /// (`--lang da`); `nil` for the rest, which keep the English message everywhere.
    public var detail: DiagnosticDetail?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, detail: DiagnosticDetail? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.detail = detail
    }

    /// `file:line: severity: message`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default: break
        }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Diagnostic {
    /// The diagnostics sorted, with repeats of one diagnostic (same severity, message and location) left out.
    public static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for diagnostic in diagnostics.sorted() where result.last != diagnostic {
            result.append(diagnostic)
        }
        return result
    }
}
