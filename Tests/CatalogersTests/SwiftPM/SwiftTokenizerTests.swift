import Catalogers
import Testing

@Suite("Swift tokenizer")
struct SwiftTokenizerTests {
    private func tokens(_ source: String) -> ([SwiftToken.Kind], [SwiftTokenizer.Problem]) {
        var tokenizer = SwiftTokenizer(Array(source.utf8))
        let (tokens, problems) = tokenizer.tokenize()
        return (tokens.map(\.kind), problems)
    }

    @Test("line, block and nested block comments are skipped")
    func comments() {
        let (kinds, problems) = tokens("a // b\n/* c /* d */ e */ f")
        #expect(kinds == [.identifier("a"), .identifier("f")])
        #expect(problems.isEmpty)
    }

    @Test("string literals: escapes, interpolation, multi-line and raw")
    func strings() {
        let source = #"""
        "a\"b" "x\(y("z"))w" #"r"q\(n)"# ##"h"#h"## """
          m1
          m2
          """
        """#
        let (kinds, problems) = tokens(source)
        #expect(problems.isEmpty)
        #expect(kinds == [
            .string("a\"b", interpolated: false),
            .string("x\\()w", interpolated: true),
            .string("r\"q\\(n)", interpolated: false),
            .string("h\"#h", interpolated: false),
            .string("  m1\n  m2", interpolated: false),
        ])
    }

    @Test("ranges, member access and punctuation")
    func operators() {
        let (kinds, _) = tokens(#".package(url: "u", "1.0.0"..<"2.0.0")"#)
        #expect(kinds == [
            .punctuation(UInt8(ascii: ".")), .identifier("package"), .punctuation(UInt8(ascii: "(")),
            .identifier("url"), .punctuation(UInt8(ascii: ":")), .string("u", interpolated: false),
            .punctuation(UInt8(ascii: ",")), .string("1.0.0", interpolated: false), .operator("..<"),
            .string("2.0.0", interpolated: false), .punctuation(UInt8(ascii: ")")),
        ])
    }

    @Test("directives and lines are tracked")
    func directivesAndLines() {
        var tokenizer = SwiftTokenizer(Array("#if os(Linux)\n  x\n#endif".utf8))
        let (tokens, _) = tokenizer.tokenize()
        #expect(tokens.first?.kind == .directive("if"))
        #expect(tokens.first { $0.identifier == "x" }.map { [$0.line, $0.column] } == [2, 3])
        #expect(tokens.last?.kind == .directive("endif"))
        #expect(tokens.last?.line == 3)
    }

    @Test("unterminated comments and strings are problems at their line, not crashes")
    func unterminated() {
        let (_, commentProblems) = tokens("a\n/* open /* nested */")
        #expect(commentProblems.map(\.message) == ["unterminated block comment"])
        #expect(commentProblems.map(\.line) == [2])
        let (_, stringProblems) = tokens("x = \"open\ny")
        #expect(stringProblems.map(\.line) == [1])
        let (_, multiProblems) = tokens("x = \"\"\"\nnever closed")
        #expect(multiProblems.map(\.line) == [1])
    }
}
