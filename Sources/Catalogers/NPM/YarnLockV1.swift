import Foundation
import SovScanModel

/// One block of a yarn.lock: the descriptors it answers (`name@range`) and what they resolve to.
struct YarnEntry: Sendable {
    /// `name@range` texts of the block's header, unquoted.
    var descriptors: [String]
    /// The package name when the lockfile states it apart from the descriptors (berry's `resolution`).
    var resolvedName: String?
    var version: String?
    var resolved: String?
    var integrity: String?
    /// `(name, range, kind)` of its `dependencies` / `optionalDependencies` (and berry's `peerDependencies`).
    var dependencies: [(name: String, range: String, kind: NPMDependencyKind)] = []
    let location: SourceLocation
    /// Berry: `linkType: soft` entries of workspaces (`name@workspace:path`).
    var isWorkspace = false
    /// Berry: the executables the package installs (the keys of `bin:`); `nil` for yarn 1, which does not record them.
    var executables: [String]?
}

/// Reads the text format of yarn 1 lockfiles (`# yarn lockfile v1`): blocks of `key value` lines under a header
/// of comma-separated descriptors, with indented `dependencies:` maps.
enum YarnLockV1 {
    static func parse(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [YarnEntry] {
        var entries: [YarnEntry] = []
        var current: YarnEntry?
        var section: NPMDependencyKind?
        var lineNumber = 0
        var lineStart = 0
        var index = 0
        func finish() {
            if let entry = current { entries.append(entry) }
            current = nil
            section = nil
        }
        while lineStart < bytes.count {
            index = lineStart
            while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            var end = index
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            lineNumber += 1
            let line = bytes[lineStart..<end]
            lineStart = index + 1
            var indent = 0
            while indent < line.count, line[line.startIndex + indent] == UInt8(ascii: " ") { indent += 1 }
            let content = line.dropFirst(indent)
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            let text = String(decoding: content, as: UTF8.self)
            let location = SourceLocation(file: file, line: lineNumber, column: indent + 1)
            // A broken line is reported and left out; it never becomes a name or version with a stray quote.
            if hasUnterminatedQuote(content) {
                diagnostics.append(Diagnostic(.error, "an unterminated string; the line is not read", at: location))
                if indent == 0 { finish() }
                continue
            }
            if indent == 0 {
                finish()
                guard text.hasSuffix(":") else {
                    diagnostics.append(Diagnostic(.warning, "expected an entry header ending in ':'", at: location))
                    continue
                }
                let descriptors = splitHeader(String(text.dropLast()))
                current = YarnEntry(descriptors: descriptors, location: location)
                continue
            }
            guard current != nil else {
                diagnostics.append(Diagnostic(.warning, "an indented line outside of an entry", at: location))
                continue
            }
            guard indent == 2 || indent == 4 else {
                diagnostics.append(Diagnostic(.error, "an indentation of \(indent) spaces (yarn writes 2 or 4); the line is not read",
                                              at: location))
                continue
            }
            let (key, value) = splitKeyValue(text)
            if indent == 2 {
                section = nil
                switch key {
                case "version": current?.version = value
                case "resolved": current?.resolved = value
                case "integrity": current?.integrity = value
                case "dependencies:": section = .production
                case "optionalDependencies:": section = .optional
                default: if key.hasSuffix(":") { section = nil }
                }
            } else if let section, let value {
                current?.dependencies.append((key, value, section))
            } else if section != nil {
                diagnostics.append(Diagnostic(.error, "a dependency without a range; the line is not read", at: location))
            }
        }
        finish()
        return entries
    }

    /// Whether a line opens a `"` string it does not close (`\"` inside a string is not a close).
    static func hasUnterminatedQuote(_ line: ArraySlice<UInt8>) -> Bool {
        var open = false
        var escaped = false
        for byte in line {
            if escaped {
                escaped = false
            } else if open, byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                open.toggle()
            }
        }
        return open
    }

    /// Splits `"a@^1", a@^1.2` into unquoted descriptors.
    static func splitHeader(_ header: String) -> [String] {
        header.split(separator: ",").map { part in
            unquote(part.trimming(" "))
        }.filter { !$0.isEmpty }
    }

    /// Splits `key value` or `"key" "value"`; a key ending in `:` has no value.
    private static func splitKeyValue(_ text: String) -> (String, String?) {
        var key = ""
        var rest = Substring(text)
        if rest.first == "\"" {
            rest = rest.dropFirst()
            if let close = rest.firstIndex(of: "\"") {
                key = String(rest[..<close])
                rest = rest[rest.index(after: close)...]
                if rest.first == ":" { key += ":"; rest = rest.dropFirst() }
            }
        } else if let space = rest.firstIndex(of: " ") {
            key = String(rest[..<space])
            rest = rest[space...]
        } else {
            return (String(rest), nil)
        }
        let value = rest.trimming(" ")
        return (key, value.isEmpty ? nil : unquote(value))
    }

    private static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
    }
}

extension Substring {
    /// The text without leading and trailing `character`s.
    fileprivate func trimming(_ character: Character) -> String {
        var view = self
        while view.first == character { view = view.dropFirst() }
        while view.last == character { view = view.dropLast() }
        return String(view)
    }
}

extension String {
    fileprivate func trimming(_ character: Character) -> String {
        Substring(self).trimming(character)
    }
}

/// The package name and range of a yarn descriptor `name@range` (`@scope/name@npm:^1`).
struct YarnDescriptor: Hashable, Sendable {
    let name: String
    let range: String

    init(_ text: String) {
        let searchStart = text.hasPrefix("@") ? text.index(after: text.startIndex) : text.startIndex
        if let at = text[searchStart...].firstIndex(of: "@") {
            name = String(text[..<at])
            range = String(text[text.index(after: at)...])
        } else {
            name = text
            range = ""
        }
    }
}
