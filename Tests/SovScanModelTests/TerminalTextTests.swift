import SovScanModel
import Testing

struct TerminalTextTests {
    @Test func controlCharactersAreShownNotActed() {
        #expect(TerminalText.sanitise("a\u{1B}[31mred\u{7}") == "a\\u{1b}[31mred\\u{7}")
        #expect(TerminalText.sanitise("line\nnext\rover") == "line\\u{a}next\\u{d}over")
        #expect(TerminalText.sanitise("c1\u{9B}2J del\u{7F}") == "c1\\u{9b}2J del\\u{7f}")
        #expect(TerminalText.sanitise("bidi\u{202E}txt\u{2066}\u{200F}") == "bidi\\u{202e}txt\\u{2066}\\u{200f}")
        #expect(TerminalText.sanitise("sep\u{2028}\u{2029}") == "sep\\u{2028}\\u{2029}")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["@angular/core", "pkg:maven/org.acme/app@1.0", "Smørrebrød 日本", "a::b", "C# and #1", "50% done"] {
            #expect(TerminalText.sanitise(text) == text)
        }
    }

    @Test func valuesCannotStartAWorkflowCommand() {
        #expect(TerminalText.sanitise("::error file=x.js::INJECTED") == "\\u{3a}:error file=x.js::INJECTED")
        #expect(TerminalText.sanitise("  ::stop-commands::token") == "  \\u{3a}:stop-commands::token")
        #expect(TerminalText.sanitise("##vso[task.setvariable]x") == "\\u{23}#vso[task.setvariable]x")
        #expect(TerminalText.sanitise(":x") == ":x")
    }
}
