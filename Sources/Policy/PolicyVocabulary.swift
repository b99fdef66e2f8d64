/// The words a policy may use for blocs and binding kinds (the classification's vocabulary, DESIGN section 4).
enum PolicyVocabulary {
    /// Jurisdiction blocs, as the classification writes them.
    static let blocs = ["EU", "UK", "CH", "US", "CN", "other", "international", "unknown"]

    /// The bloc as the classification writes it, accepting any case; `nil` for an unknown word.
    static func bloc(_ text: String) -> String? {
        blocs.first { $0.lowercased() == text.lowercased() }
    }

    /// Kinds of platform binding.
    static let bindingKinds = ["cloud", "saas-api", "database", "observability", "identity", "payment", "messaging",
                               "analytics", "secrets"]
}
