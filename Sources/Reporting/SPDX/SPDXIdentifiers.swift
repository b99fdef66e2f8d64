import SovScanModel

/// SPDX identifiers derived from content, so the same input always gets the same ids.
enum SPDXIdentifiers {
    /// `SPDXRef-Package-<readable purl>-<hash>`: readable, and unique even where two purls read the same
    /// after the characters SPDX ids cannot hold are replaced.
    static func package(_ purl: PackageURL) -> String {
        "SPDXRef-Package-" + idString(purl.description, limit: 80) + "-" + hash(purl.description)
    }

    /// The id of the package that stands for the scanned system.
    static func system(_ name: String) -> String {
        "SPDXRef-System-" + idString(name, limit: 40) + "-" + hash("system:" + name)
    }

    /// `LicenseRef-sovscan-<hash>` for a licence text that is not an SPDX expression.
    static func licenseRef(_ text: String) -> String { "LicenseRef-sovscan-" + hash("licence:" + text) }

    /// `text` with every character outside `[A-Za-z0-9.-]` replaced by `-`, cut to `limit` characters.
    static func idString(_ text: String, limit: Int) -> String {
        // Every character becomes one ASCII byte.
        let mapped = text.unicodeScalars.prefix(limit).map { scalar -> UInt8 in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", ".", "-": UInt8(scalar.value)
            default: UInt8(ascii: "-")
            }
        }
        return String(decoding: mapped, as: UTF8.self)
    }

    /// A name fit for SPDX's agent syntax (`Organization: name (email)`): one line, no parentheses.
    static func agentName(_ name: String) -> String {
        String(name.map { $0.isNewline || $0 == "(" || $0 == ")" ? " " : $0 })
    }

    /// 16 hex digits of a 64-bit FNV-1a hash.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
