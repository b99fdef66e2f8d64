/// The arguments of a call in source text, for catalogers that read how a project configures a client
/// (`new S3Client({ endpoint })`, `S3(client: aws, endpoint: url)`).
enum CallArguments {
    /// The most characters read: a client's options fit in far fewer.
    static let maximumLength = 4096

    /// The text after a call's opening parenthesis up to its closing one (brackets and braces nest), or up to
    /// `maximumLength` characters or the end of the text when it does not close.
    static func balanced(_ text: Substring) -> Substring {
        var depth = 1
        var index = text.startIndex
        var read = 0
        while index < text.endIndex, read < maximumLength {
            switch text[index] {
            case "(", "{", "[": depth += 1
            case ")", "}", "]": depth -= 1
            default: break
            }
            if depth == 0 { break }
            index = text.index(after: index)
            read += 1
        }
        return text[text.startIndex..<index]
    }
}
