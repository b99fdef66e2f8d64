/// Break points in the long compound words of table heads and card captions, written as soft hyphens (U+00AD):
/// a browser breaks there, with a hyphen, only when a column is too narrow for the word (a printed portfolio
/// table of ten columns, a phone). `hyphens:auto` cannot be relied on: browsers without a Danish hyphenation
/// dictionary, headless Chromium among them, break such words anywhere or let them overflow.
enum SoftHyphens {
    private static let breaks: [String: String] = [
        "Personoplysninger": "Person\u{AD}oplysninger",
        "Tredjepartskomponenter": "Tredjeparts\u{AD}komponenter",
        "Egenudviklede": "Egen\u{AD}udviklede",
        "Kritikalitet": "Kritika\u{AD}litet",
        "Afhængighedstype": "Afhængigheds\u{AD}type",
        "Jurisdiktion": "Jurisdik\u{AD}tion",
        "Tjenestetype": "Tjeneste\u{AD}type",
        "Programmeringssprog": "Programmerings\u{AD}sprog",
        "Driftsunderstøttelse": "Drifts\u{AD}understøttelse",
        "Udviklingsværktøjer": "Udviklings\u{AD}værktøjer",
        "Leverandør": "Leve\u{AD}randør",
        "Økosystem": "Øko\u{AD}system",
    ]

    /// `text` with its known long words given their break points.
    static func apply(_ text: String) -> String {
        guard text.count >= 12 else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { word in breaks[String(word)] ?? String(word) }.joined(separator: " ")
    }
}
