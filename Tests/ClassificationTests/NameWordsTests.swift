import Testing
@testable import Classification

/// The words of names read byte by byte for ASCII names equal the words Unicode's letters and numbers give
/// (issue 17: the byte reading is the fast path of every name test).
@Suite struct NameWordsTests {
    @Test func splitsAtEveryCharacterThatIsNeitherLetterNorDigit() {
        #expect(NameWords.of("rollup-plugin-copy") == ["rollup", "plugin", "copy"])
        #expect(NameWords.of("@sentry/vite-plugin") == ["sentry", "vite", "plugin"])
        #expect(NameWords.of("BuildTools") == ["buildtools"])
        #expect(NameWords.of("Registry :: Utils_v2") == ["registry", "utils", "v2"])
        #expect(NameWords.of("--") == [])
        #expect(NameWords.of("") == [])
    }

    @Test func asciiWordsEqualUnicodeWordsForEveryASCIICharacter() throws {
        // Every ASCII character alone, between letters and doubled: each is a letter, a digit or a separator.
        for value in UInt8(0)...UInt8(0x7F) {
            let character = String(decoding: [value], as: UTF8.self)
            for name in [character, "a\(character)B", "\(character)\(character)x9", "Z\(character)"] {
                #expect(try #require(NameWords.asciiWords(name)) == NameWords.unicodeWords(name), "\(Array(name.utf8))")
            }
        }
        #expect(NameWords.asciiWords("a\r\nb") == NameWords.unicodeWords("a\r\nb"))
    }

    @Test func otherNamesAreReadByUnicodeProperties() {
        #expect(NameWords.asciiWords("über-cli") == nil)
        #expect(NameWords.of("über-CLI") == ["über", "cli"])
        #expect(NameWords.of("ÆØÅ½x") == ["æøå½x"])
        #expect(NameWords.of("日本-plugin") == ["日本", "plugin"])
    }
}
