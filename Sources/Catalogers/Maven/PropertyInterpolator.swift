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
    /// How many interpolations ended that way, every time counted (a text repeated in `oversized` is not).
    private(set) var oversizedCount = 0
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
        guard Self.mayReference(text) else { return text }
        var active: [String] = []
        budget = Self.maximumExpandedLength
        guard let expanded = expand(text, active: &active) else {
            oversizedCount += 1
            if !oversized.contains(text) { oversized.append(text) }
            return text
        }
        return expanded
    }

    /// Whether `text` holds a `$`, looked for in its UTF-8 storage where it has one (every native string): most
    /// values (versions, group ids) hold none, and `utf8.contains` walked the view a byte at a time through its
    /// iterator, several times the cost, for a quarter of a million values on the collecting thread (issue 17, perf21).
    static func mayReference(_ text: String) -> Bool {
        let dollar = UInt8(ascii: "$")
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(dollar) } ?? text.utf8.contains(dollar)
    }

    /// Expands `text`; `active` holds the names being expanded (a cycle stops there). `nil` when the expansion
    /// outgrows the budget or nests deeper than `maximumDepth`.
    private mutating func expand(_ text: String, active: inout [String]) -> String? {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let (name, close) = Self.reference(in: bytes, at: index) else {
                output.append(bytes[index])
                index += 1
                continue
            }
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

    /// The `${name}` expression that starts at `index`: its name and the position of its closing brace; `nil`
    /// when none starts there. The one reading of an expression, shared by `expand` and `references(in:)`.
    private static func reference(in bytes: [UInt8], at index: Int) -> (name: String, close: Int)? {
        guard bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
              let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
        return (String(decoding: bytes[(index + 2)..<close], as: UTF8.self), close)
    }

    /// The names `text` refers to with `${name}`, in order (as `interpolate` reads them, without looking them up).
    static func references(in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "$")) else { return [] }
        let bytes = Array(text.utf8)
        var names: [String] = []
        var index = 0
        while index < bytes.count {
            if let (name, close) = reference(in: bytes, at: index) {
                names.append(name)
                index = close + 1
            } else {
                index += 1
            }
        }
        return names
    }

    /// A name and what it stands for before interpolation (`nil` when nothing defines it).
    struct Lookup: Hashable {
        var name: String
        var value: String?

        /// Whether looking the name up reads the model values (else only the user, model and system properties).
        var readsModelValue: Bool {
            name == "basedir" || name.hasPrefix("parent.")
                || PropertyInterpolator.modelPrefixes.contains { name.hasPrefix($0) }
        }
    }

    /// Whether each of `lookups` finds the value it found.
    func findsAlike(_ lookups: [Lookup]) -> Bool {
        lookups.allSatisfy { lookup($0.name) == $0.value }
    }

    /// What every name in `names` stands for, and every name those values refer to in turn, each once, in the
    /// order met. Interpolation reads nothing but these values, so two interpolators with equal lookups for the
    /// names of some texts interpolate those texts alike, to the same unresolved names and oversized texts.
    func lookups(of names: [String]) -> [Lookup] {
        var found: [Lookup] = []
        var seen: Set<String> = []
        var pending = names
        var next = 0
        while next < pending.count {
            let name = pending[next]
            next += 1
            guard seen.insert(name).inserted else { continue }
            let value = lookup(name)
            found.append(Lookup(name: name, value: value))
            if let value { pending += Self.references(in: value) }
        }
        return found
    }
}
