import CLibXML2
import SovScanModel

/// One element of an XML document as the POM reader needs it: local name (namespace dropped), the text it holds
/// directly, its 1-based line, and its child elements.
struct XMLElement: Sendable {
    var name: String
    var text: String
    var line: Int
    var children: [XMLElement]

    /// The first child with this local name.
    func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// All children with this local name.
    func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The trimmed text of the first child with this name, `nil` when the child is absent.
    func value(_ name: String) -> String? {
        child(name).map { $0.trimmedText }
    }

    /// The text without surrounding white space.
    var trimmedText: String { text.trimmingXMLWhitespace() }
}

/// A parsed document: its root and the entity references left unexpanded in it.
struct XMLTree: Sendable {
    var root: XMLElement
    /// `&name;` references to entities other than the five predefined ones, by name and line, in document
    /// order. Their text stays as written (`dep-&xxe;`): readers must report them, never drop them.
    var unexpandedEntities: [(name: String, line: Int)]
}

/// Parses XML with libxml2: no network, no entity expansion, no DTD loading; errors become diagnostics.
enum XMLTreeParser {
    /// libxml2 options: no network access, CDATA merged as text, no messages printed, big line numbers kept.
    /// Never `XML_PARSE_NOENT` (entity expansion) or `XML_PARSE_DTDLOAD`.
    static let options: Int32 = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Initialises libxml2 once per process, before documents are parsed on several threads at a time (its
    /// first parse would otherwise initialise its global state, which is not safe on two threads at once).
    static func prepareForThreads() { _ = initialised }

    private static let initialised: Void = xmlInitParser()

    /// The root element, or the diagnostic saying why the bytes are not well-formed XML. For readers that need no
    /// word about unexpanded entities (settings, repository metadata).
    static func parse(_ bytes: [UInt8], file: String) -> Result<XMLElement, Diagnostic> {
        parseDocument(bytes, file: file).map(\.root)
    }

    /// The document with the entity references left unexpanded, or the diagnostic saying why the bytes are not
    /// well-formed XML.
    static func parseDocument(_ bytes: [UInt8], file: String) -> Result<XMLTree, Diagnostic> {
        guard bytes.count < Int(Int32.max) else {
            return .failure(Diagnostic(.error, "the file is too large to parse as XML", at: SourceLocation(file: file)))
        }
        guard let context = xmlNewParserCtxt() else {
            return .failure(Diagnostic(.error, "cannot create an XML parser", at: SourceLocation(file: file)))
        }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 hands structured errors to the context's SAX handler with the context as data; the first error
        // is kept in a box reached through the context's private pointer (nothing global, nothing printed).
        let firstError = ErrorBox()
        let box = Unmanaged.passRetained(firstError)
        defer { box.release() }
        context.pointee._private = box.toOpaque()
        context.pointee.sax.pointee.serror = recordError
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, nil, options)
                }
            }
        }
        guard let document else {
            return .failure(lastError(of: context, file: file))
        }
        defer { xmlFreeDoc(document) }
        if context.pointee.wellFormed == 0 {
            return .failure(lastError(of: context, file: file))
        }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(Diagnostic(.error, "the XML document has no root element", at: SourceLocation(file: file)))
        }
        var entities: [(name: String, line: Int)] = []
        let element = convert(root, entities: &entities)
        return .success(XMLTree(root: element, unexpandedEntities: entities))
    }

    private static func lastError(of context: xmlParserCtxtPtr, file: String) -> Diagnostic {
        var message: String?
        var line = 0
        if let pointer = context.pointee._private {
            let box = Unmanaged<ErrorBox>.fromOpaque(pointer).takeUnretainedValue()
            message = box.message
            line = box.line
        }
        if message == nil {
            let error = context.pointee.lastError
            message = error.message.map { String(cString: $0).trimmingXMLWhitespace() }
            line = Int(error.line)
        }
        return Diagnostic(.error, "not well-formed XML: \(message ?? "malformed XML")",
                          at: SourceLocation(file: file, line: line > 0 ? line : nil), detail: DiagnosticDetail(.malformedFile, ["XML"]))
    }

    /// Converts an element; libxml2 limits nesting (256 levels without `XML_PARSE_HUGE`), so recursion is bounded.
    private static func convert(_ node: xmlNodePtr, entities: inout [(name: String, line: Int)]) -> XMLElement {
        var element = XMLElement(name: node.pointee.name.map { String(cString: $0) } ?? "",
                                 text: "", line: Int(xmlGetLineNo(node)), children: [])
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(convert(current, entities: &entities))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    element.text += String(cString: content)
                }
            case XML_ENTITY_REF_NODE:
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                element.text += "&" + name + ";"
                entities.append((name, element.line))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }
}

extension StringProtocol {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLWhitespace() -> String {
        let utf8 = Array(self.utf8)
        var start = 0
        var end = utf8.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while start < end, isSpace(utf8[start]) { start += 1 }
        while end > start, isSpace(utf8[end - 1]) { end -= 1 }
        if start == 0, end == utf8.count { return String(self) }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

/// The first error libxml2 reported while parsing one document.
private final class ErrorBox {
    var message: String?
    var line = 0
}

/// libxml2's structured error callback: `data` is the parser context (its SAX user data).
private let recordError: xmlStructuredErrorFunc = { data, error in
    guard let data, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let pointer = context.pointee._private else { return }
    let box = Unmanaged<ErrorBox>.fromOpaque(pointer).takeUnretainedValue()
    guard box.message == nil else { return }
    box.message = error.pointee.message.map { String(cString: $0).trimmingXMLWhitespace() } ?? "malformed XML"
    box.line = Int(error.pointee.line)
}
