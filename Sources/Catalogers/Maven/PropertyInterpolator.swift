/// Replaces `${name}` expressions the way Maven interpolates a model: `project.*`/`pom.*` (and `parent.*`) model
/// values first, then user properties (`-D`), model properties, system properties. `${env.X}` is never resolved
/// (sovscan does not read the scanning machine's environment). Values are interpolated recursively; a cycle or
/// an unknown name leaves the expression as written. A value whose expansion would grow past
/// `maximumExpandedLength` (nested properties doubling at each level reach 10^10 characters from a few hundred
/// bytes) is left as written too and recorded in `oversized`; expansion stops as soon as the budget is spent.
struct PropertyInterpolator {
    /// The most characters one interpolation may produce, nested expansions included.
    static let maximumExpandedLength = 1 << 16
    /// The deepest nesting of property references followed.
    static let maximumDepth = 64
    /// What a reference to a model value starts with.
    private static let modelPrefixes = ["project.", "pom."]

    /// Model values reachable as `project.<name>` (`groupId`, `version`, `parent.version`, `basedir` ...).
    var modelValues: [String: String]
    var userProperties: [String: String]
    var modelProperties: [String: String]
    var systemProperties: [String: String]

    /// Names that could not be resolved while interpolating, in first-seen order.
    private(set) var unresolved: [String] = []
    /// Texts whose expansion was too large or too deep, as written, in first-seen order.
    private(set) var oversized: [String] = []
    /// What is left of the current interpolation's budget.
    private(set) var budget = 0

    /// The value of one expression, not yet interpolated itself.
    private func lookup(_ name: String) -> String? {
        // A model value first; a property that merely starts with `project.` is found further down.
        for prefix in Self.modelPrefixes where name.hasPrefix(prefix) {
            if let value = modelValues[String(name.dropFirst(prefix.count))] { return value }
        }
        if name.hasPrefix("parent."), let value = modelValues[name] { return value }
        if name.hasPrefix("env.") { return nil }
        if name == "basedir" { return modelValues["basedir"] }
        return userProperties[name] ?? modelProperties[name] ?? systemProperties[name]
    }

    /// `text` with every resolvable `${...}` replaced.
    mutating func interpolate(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "$")) else { return text }
        var active: [String] = []
        budget = Self.maximumExpandedLength
        guard let expanded = expand(text, active: &active) else {
            if !oversized.contains(text) { oversized.append(text) }
            return text
        }
        return expanded
    }

    /// Expands `text`; `active` holds the names being expanded (a cycle stops there). `nil` when the expansion
    /// outgrows the budget or nests deeper than `maximumDepth`.
    private mutating func expand(_ text: String, active: inout [String]) -> String? {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                  let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}")) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            index = close + 1
            if !active.contains(name), let value = lookup(name) {
                guard active.count < Self.maximumDepth else { return nil }
                active.append(name)
                guard let expanded = expand(value, active: &active) else { return nil }
                output += expanded.utf8
                active.removeLast()
            } else {
                if !unresolved.contains(name) { unresolved.append(name) }
                output += bytes[(close - name.utf8.count - 2)...close]
            }
            guard output.count <= budget else { return nil }
        }
        budget -= min(budget, output.count)
        return String(decoding: output, as: UTF8.self)
    }

    /// Forgets the names recorded as unresolved (`oversized` is kept: one report per model).
    mutating func resetUnresolved() { unresolved.removeAll() }
}
