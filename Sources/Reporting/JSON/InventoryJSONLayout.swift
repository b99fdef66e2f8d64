import SovScanModel

/// The JSON form of an inventory, written member by member into `JSONOutput`: the bytes `Inventory`'s
/// `Encodable` conformance gives through `TreeEncoder` (members in ascending byte order of their keys, absent
/// optionals left out), without collecting a tree of every component first. The conformance stays the reference:
/// `TreeEncoderTests` and `InventoryJSONLayoutTests` hold this layout to Foundation's `JSONEncoder`.
extension Inventory {
    func writeMembers(to json: inout JSONOutput) throws {
        json.member("diagnostics", objects: diagnostics) { $0.writeMembers(to: &$1) }
        try json.member("systems", objects: systems) { try $0.writeMembers(to: &$1) }
    }
}

extension SystemInventory {
    func writeMembers(to json: inout JSONOutput) throws {
        try json.member("components", objects: components) { try $0.writeMembers(to: &$1) }
        json.member("diagnostics", objects: diagnostics) { $0.writeMembers(to: &$1) }
        json.member("graph", object: { json in
            json.member("edges", objects: graph.edges) { edge, json in
                json.member("from", edge.from.description)
                json.member("scope", edge.scope.rawValue)
                json.member("to", edge.to.description)
            }
        })
        json.member("manifests", strings: manifests)
        json.member("name", name)
        json.member("root", root)
    }
}

extension Component {
    func writeMembers(to json: inout JSONOutput) throws {
        if let concludedLicense {
            try json.member("concludedLicense", object: { try concludedLicense.writeMembers(to: &$0) })
        }
        try json.member("declaredLicenses", objects: declaredLicenses) { try $0.writeMembers(to: &$1) }
        json.member("ecosystem", ecosystem.rawValue)
        json.member("group", group)
        json.member("isDirect", isDirect)
        json.member("isFirstParty", isFirstParty)
        json.member("isOptional", isOptional)
        json.member("licenseFiles", strings: licenseFiles)
        json.member("locations", objects: locations) { $0.writeMembers(to: &$1) }
        json.member("name", name)
        json.member("properties", stringValues: properties)
        json.member("purl", purl.description)
        json.member("scope", scope.rawValue)
        json.member("version", version)
    }
}

extension ConcludedLicense {
    func writeMembers(to json: inout JSONOutput) throws {
        json.member("category", category.rawValue)
        try json.member("confidence", number: confidence)
        if let expression {
            // A small tree per component: the enum's synthesized layout stays the encoder's business.
            json.member("expression", tree: try TreeEncoder.tree(of: expression, codingPath: []))
        }
        if let isOSS { json.member("isOSS", isOSS) }
        json.member("reason", reason)
        json.member("unmappedText", unmappedText)
    }
}

extension DeclaredLicense {
    func writeMembers(to json: inout JSONOutput) throws {
        if let confidence { try json.member("confidence", number: confidence) }
        if let location { json.member("location", object: location.writeMembers) }
        json.member("source", source.rawValue)
        json.member("text", text)
        json.member("url", url)
    }
}

extension SourceLocation {
    func writeMembers(to json: inout JSONOutput) {
        if let column { json.member("column", column) }
        json.member("file", file)
        if let line { json.member("line", line) }
    }
}

extension Diagnostic {
    func writeMembers(to json: inout JSONOutput) {
        if let detail {
            json.member("detail", object: { json in
                json.member("arguments", strings: detail.arguments)
                json.member("code", detail.code.rawValue)
            })
        }
        if let location { json.member("location", object: location.writeMembers) }
        json.member("message", message)
        json.member("severity", severity.rawValue)
    }
}
