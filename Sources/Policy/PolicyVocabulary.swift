import Classification

/// The words a policy may use for blocs and binding kinds (the classification's vocabulary, DESIGN section 4),
/// taken from the classification's own enumerations so that a new bloc or kind is a policy word at once.
enum PolicyVocabulary {
    /// Jurisdiction blocs, as the classification writes them.
    static let blocs = Bloc.allCases.map(\.rawValue)

    /// The bloc as the classification writes it, accepting any case; `nil` for an unknown word.
    static func bloc(_ text: String) -> String? {
        blocs.first { $0.lowercased() == text.lowercased() }
    }

    /// Kinds of platform binding.
    static let bindingKinds = BindingKind.allCases.map(\.rawValue)
}
