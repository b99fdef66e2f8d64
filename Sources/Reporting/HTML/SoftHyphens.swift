/// Break points in long words of table heads, card captions and the component table's level and jurisdiction,
/// written as soft hyphens (U+00AD): a browser breaks there, with a hyphen, only when a column is too narrow for
/// the word (a printed table of ten or thirteen columns, a phone). `hyphens:auto` cannot be relied on: browsers
/// without a Danish hyphenation dictionary, headless Chromium among them, break such words anywhere or let them
/// overflow.
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
        "internationalt": "inter\u{AD}nationalt",
        "fællesskab": "fælles\u{AD}skab",
        "international": "inter\u{AD}national",
        "community": "com\u{AD}munity",
    ]

    /// `text` with its known long words given their break points.
    static func apply(_ text: String) -> String {
        guard text.count >= 12 else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { word in breaks[String(word)] ?? String(word) }.joined(separator: " ")
    }
}
