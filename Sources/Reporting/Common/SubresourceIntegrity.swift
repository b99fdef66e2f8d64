import Foundation

/// Reads npm's `integrity` values (`sha512-<base64>`) into an algorithm name and a hex digest.
enum SubresourceIntegrity {
    static func hash(_ value: String) -> (algorithm: String, hex: String)? {
        guard let dash = value.firstIndex(of: "-") else { return nil }
        let algorithm: String
        switch value[..<dash].lowercased() {
        case "sha1": algorithm = "SHA-1"
        case "sha256": algorithm = "SHA-256"
        case "sha384": algorithm = "SHA-384"
        case "sha512": algorithm = "SHA-512"
        default: return nil
        }
        guard let data = Data(base64Encoded: String(value[value.index(after: dash)...])) else { return nil }
        return (algorithm, data.map { String(format: "%02x", $0) }.joined())
    }
}
