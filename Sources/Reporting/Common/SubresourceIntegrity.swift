import Foundation

/// Reads npm's `integrity` values (`sha512-<base64>`) into an algorithm name and a hex digest; a digest of
/// the wrong length for its algorithm is no hash (SBOM schemas would reject it).
enum SubresourceIntegrity {
    static func hash(_ value: String) -> (algorithm: String, hex: String)? {
        guard let dash = value.firstIndex(of: "-") else { return nil }
        let algorithm: String
        let length: Int
        switch value[..<dash].lowercased() {
        case "sha1": (algorithm, length) = ("SHA-1", 20)
        case "sha256": (algorithm, length) = ("SHA-256", 32)
        case "sha384": (algorithm, length) = ("SHA-384", 48)
        case "sha512": (algorithm, length) = ("SHA-512", 64)
        default: return nil
        }
        guard let data = Data(base64Encoded: String(value[value.index(after: dash)...])), data.count == length else { return nil }
        return (algorithm, data.map { String(format: "%02x", $0) }.joined())
    }
}
