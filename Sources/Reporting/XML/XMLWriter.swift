import SovScanModel

/// Writes indented XML text; every text and attribute value goes through `XMLText.escape`, so no input can
/// change the document's structure. Names are the caller's constants.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// Opens `<name attributes>`; attributes with a `nil` value are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    /// Closes the element opened last with `name`.
    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// `<name attributes>value</name>`, or nothing when `value` is `nil`.
    mutating func element(_ name: String, _ value: String?, _ attributes: [(String, String?)] = []) {
        guard let value else { return }
        text += indent + "<" + name + Self.attributes(attributes) + ">" + XMLText.escape(value, inAttribute: false) + "</" + name + ">\n"
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(XMLText.escape($0, inAttribute: true))\"" } }.joined()
    }
}
