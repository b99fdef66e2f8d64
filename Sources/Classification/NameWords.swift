/// The words of a package or project name: lower case, split at every character that is neither a letter nor a
/// digit (`rollup-plugin-copy` → rollup, plugin, copy; `BuildTools` → buildtools). The name tests of tooling
/// projects, command-line programs and bundler plugins read names this way.
enum NameWords {
    static func of(_ name: String) -> [String] {
        asciiWords(name) ?? unicodeWords(name)
    }

    /// The words of any name, by Unicode's letters and numbers.
    static func unicodeWords(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The words of a name written in ASCII, read byte by byte (issue 17: a system's classification reads every
    /// package name this way, and Unicode's character properties made that a tenth of it); `nil` for any other
    /// name. In ASCII the letters are `A-Z` and `a-z` and the numbers `0-9`, so the words are `unicodeWords`'.
    static func asciiWords(_ name: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + (UInt8(ascii: "a") - UInt8(ascii: "A")))
            case 0x80...:
                return nil
            default:
                if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
