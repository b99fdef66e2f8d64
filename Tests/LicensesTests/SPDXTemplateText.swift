import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a licence's text out of an SPDX license-list-XML file the way a licence file would show it: default
/// alternatives, optional parts kept or dropped, without the title, the copyright template and bullets.
/// Used only by the tests that need `../shared/spdx`.
final class SPDXTemplateText: NSObject, XMLParserDelegate {
    struct Entry {
        let id: String
        let name: String
        let isException: Bool
        let deprecated: Bool
        let text: String
    }

    private let keepOptional: Bool
    private var id = ""
    private var name = ""
    private var isException = false
    private var deprecated = false
    private var inText = 0
    private var skipping = 0
    private var output = ""

    private static let skipped: Set<String> = ["titleText", "copyrightText", "bullet", "notes", "crossRefs", "obsoletedBys"]
    private static let blocks: Set<String> = ["p", "item", "list", "br", "standardLicenseHeader", "optional"]

    private init(keepOptional: Bool) { self.keepOptional = keepOptional }

    static func read(_ url: URL, keepOptional: Bool = true) -> Entry? {
        guard let parser = XMLParser(contentsOf: url) else { return nil }
        let reader = SPDXTemplateText(keepOptional: keepOptional)
        parser.delegate = reader
        guard parser.parse(), !reader.id.isEmpty else { return nil }
        return Entry(
            id: reader.id, name: reader.name, isException: reader.isException, deprecated: reader.deprecated,
            text: reader.output)
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == "license" || element == "exception" {
            id = attributes["licenseId"] ?? ""
            name = attributes["name"] ?? ""
            isException = element == "exception"
            deprecated = attributes["deprecatedVersion"] != nil
        }
        if element == "text" { inText += 1 }
        guard inText > 0 else { return }
        if skipping > 0 || Self.skipped.contains(element) || (element == "optional" && !keepOptional) {
            skipping += 1
            return
        }
        if Self.blocks.contains(element) { output += "\n" }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        guard inText > 0 else { return }
        if element == "text" {
            inText -= 1
            return
        }
        if skipping > 0 {
            skipping -= 1
            return
        }
        if Self.blocks.contains(element) { output += "\n" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText > 0, skipping == 0 { output += string }
    }
}
