import Foundation

/// Number and label forms the history writers share.
enum HistoryText {
    /// A percentage with one decimal (`66.7`), or empty for `nil`.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    /// A percentage for a table (`66.7%`), or `-`.
    static func percent(_ value: Double?) -> String {
        value.map { number($0) + "%" } ?? "-"
    }

    /// STIL's label of a band value, or `-`.
    static func band(_ value: String?) -> String {
        switch value {
        case "primaert-oss": "Primært OSS"
        case "overvejende-oss": "Overvejende OSS"
        case "begraenset-oss": "Begrænset OSS"
        case let other?: other
        case nil: "-"
        }
    }

    /// The first 12 characters of a commit id, or `-`.
    static func commit(_ value: String?) -> String {
        value.map { String($0.prefix(12)) } ?? "-"
    }
}
