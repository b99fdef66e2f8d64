@testable import Reporting
import Testing

/// `HTMLBuilder.escape` returns text without anything to escape as it is (issue 17: the portfolio's pages escape
/// every cell) and changes exactly the characters it always did.
struct HTMLEscapeTests {
    @Test func escapesWhatHTMLNeedsAndKeepsTheRest() {
        let cases: [(String, String)] = [
            ("", ""),
            ("org.springframework.boot:spring-boot-starter-web", "org.springframework.boot:spring-boot-starter-web"),
            ("Æbleskiver, Øresund, Åbenrå – naïve 🇩🇰", "Æbleskiver, Øresund, Åbenrå – naïve 🇩🇰"),
            ("tab\tand\nline", "tab\tand\nline"),
            ("\u{A0}no-break and © sign", "\u{A0}no-break and © sign"),
            ("<script>alert('x' & \"y\")</script>", "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"),
            ("carriage\rreturn", "carriage&#13;return"),
            ("bell\u{07}del\u{7F}next-line\u{85}c1\u{9F}end", "bell\u{FFFD}del\u{FFFD}next-line\u{FFFD}c1\u{FFFD}end"),
            ("é\u{301}", "é\u{301}"),
        ]
        for (text, expected) in cases {
            #expect(HTMLBuilder.escape(text) == expected, "\(text.debugDescription)")
        }
    }
}
