import Foundation
import Reporting
import Testing

/// WCAG contrast of the HTML reports, read from the style sheet a report carries (its custom properties and
/// rules), so a colour changed there is judged here: text at least 4.5:1 on its background (3:1 for large bold
/// text), the chart's fills at least 3:1 against what they touch, and categories that stay apart in greyscale
/// through their patterns where their greys are close.
struct ReportContrastTests {
    /// An sRGB colour.
    struct Colour: Equatable, CustomStringConvertible {
        var red: Double, green: Double, blue: Double

        /// `#rgb` or `#rrggbb`; nil for anything else.
        init?(hex text: String) {
            var digits = text.trimmingCharacters(in: .whitespaces)
            guard digits.hasPrefix("#") else { return nil }
            digits.removeFirst()
            if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
            guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
            red = Double((value >> 16) & 0xFF) / 255
            green = Double((value >> 8) & 0xFF) / 255
            blue = Double(value & 0xFF) / 255
        }

        /// WCAG 2 relative luminance: what the colour becomes in greyscale.
        var luminance: Double {
            func linear(_ channel: Double) -> Double {
                channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        var description: String {
            "#" + [red, green, blue].map { String(format: "%02x", Int(($0 * 255).rounded())) }.joined()
        }
    }

    static func contrast(_ first: Colour, _ second: Colour) -> Double {
        let (light, dark) = (max(first.luminance, second.luminance), min(first.luminance, second.luminance))
        return (light + 0.05) / (dark + 0.05)
    }

    /// One rule of the style sheet: its selector and declarations.
    struct Rule {
        var selector: String
        var declarations: [String: String]
    }

    /// The style sheet of a rendered report: the text of its `<style>` element.
    static func styleSheet(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<style>"))
        let end = try #require(html.range(of: "</style>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// The innermost `selector{declarations}` blocks (rules inside `@media` included, at-rules and the `@page`
    /// margin boxes left out).
    static func rules(_ css: String) -> [Rule] {
        var rules: [Rule] = []
        var boundary = css.startIndex
        var open: (selector: String, start: String.Index)?
        var index = css.startIndex
        while index < css.endIndex {
            let next = css.index(after: index)
            if css[index] == "{" {
                // The selector is what follows the last declaration or block before the brace.
                let prelude = css[boundary..<index].split(separator: ";").last.map(String.init) ?? ""
                open = (prelude.trimmingCharacters(in: .whitespacesAndNewlines), next)
                boundary = next
            } else if css[index] == "}" {
                if let block = open, !block.selector.hasPrefix("@") {
                    var declarations: [String: String] = [:]
                    for declaration in css[block.start..<index].split(separator: ";") {
                        let parts = declaration.split(separator: ":", maxSplits: 1)
                        guard parts.count == 2 else { continue }
                        declarations[parts[0].trimmingCharacters(in: .whitespacesAndNewlines)] = parts[1].trimmingCharacters(in: .whitespaces)
                    }
                    rules.append(Rule(selector: block.selector, declarations: declarations))
                }
                open = nil
                boundary = next
            }
            index = next
        }
        return rules
    }

    /// The custom properties of `:root`.
    static func properties(_ rules: [Rule]) -> [String: String] {
        rules.filter { $0.selector == ":root" }.reduce(into: [:]) { result, rule in
            for (name, value) in rule.declarations where name.hasPrefix("--") { result[name] = value }
        }
    }

    /// The first colour of a value (`var(--high)`, `#fff`, `#0b4f9c repeating-linear-gradient(...)`), resolved
    /// through the custom properties; nil for `inherit`, `transparent`, `url(...)` and the like.
    static func colour(_ value: String?, _ properties: [String: String]) -> Colour? {
        guard let value else { return nil }
        if let range = value.range(of: #"var\(--[a-z-]+\)"#, options: .regularExpression), value.hasPrefix("var(") {
            let name = String(value[range].dropFirst(4).dropLast())
            return colour(properties[name], properties)
        }
        guard let range = value.range(of: #"^#[0-9a-fA-F]{3,6}\b"#, options: .regularExpression) else { return nil }
        return Colour(hex: String(value[range]))
    }

    /// The report the sample check writes, and its style sheet's rules and custom properties.
    static func sample() throws -> (html: String, rules: [Rule], properties: [String: String]) {
        let html = String(decoding: HTMLReportWriter(language: .da).write(ReportSamples.check(), context: ReportSamples.context), as: UTF8.self)
        let rules = rules(try styleSheet(html))
        return (html, rules, properties(rules))
    }

    @Test func theStyleSheetIsRead() throws {
        let (_, rules, properties) = try Self.sample()
        #expect(properties["--fg"] != nil && properties["--bg"] != nil && properties["--high"] != nil, "\(properties)")
        #expect(rules.contains { $0.selector == ".band-high" && $0.declarations["color"] == "#fff" })
        // The measure itself: black on white is 21:1, a colour on itself 1:1, WCAG's own example of #777 on white 4.48:1.
        let white = try #require(Colour(hex: "#fff")), black = try #require(Colour(hex: "#000000")), grey = try #require(Colour(hex: "#777"))
        #expect(abs(Self.contrast(white, black) - 21) < 0.01 && Self.contrast(grey, grey) == 1)
        #expect(abs(Self.contrast(grey, white) - 4.48) < 0.01)
    }

    /// Every rule that sets a text colour: on its own background when it sets one, else on both page
    /// backgrounds (the page and the cards and table heads).
    @Test func everyTextColourMeetsAA() throws {
        let (_, rules, properties) = try Self.sample()
        let page = try #require(Self.colour(properties["--bg"], properties))
        let card = try #require(Self.colour(properties["--card"], properties))
        var checked = 0
        var failures: [String] = []
        for rule in rules {
            // SVG text takes its colour from `fill`.
            let textColour = rule.declarations["color"] ?? (rule.selector.hasSuffix(" text") ? rule.declarations["fill"] : nil)
            guard let text = Self.colour(textColour, properties) else { continue }
            let backgrounds = Self.colour(rule.declarations["background"] ?? rule.declarations["background-color"], properties).map { [$0] }
                ?? [page, card]
            // Large text (at least 18.66 px bold or 24 px) needs 3:1, the rest 4.5:1.
            let large = rule.selector.contains(".verdict") || rule.selector.contains(".figure")
            for background in backgrounds {
                checked += 1
                let ratio = Self.contrast(text, background)
                if ratio < (large ? 3 : 4.5) {
                    failures.append("\(rule.selector): \(text) on \(background) is \(String(format: "%.2f", ratio)):1")
                }
            }
        }
        #expect(checked >= 15, "the text colours of the report are found (\(checked))")
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Each category badge (the band label in tables and cards) sets its own text and background.
    @Test func categoryBadgesMeetAA() throws {
        let (html, rules, properties) = try Self.sample()
        for band in ["band-high", "band-mid", "band-low", "band-none"] {
            let rule = try #require(rules.first { $0.selector == "." + band }, "\(band)")
            let text = try #require(Self.colour(rule.declarations["color"], properties), "\(band) text")
            let background = try #require(Self.colour(rule.declarations["background"], properties), "\(band) background")
            #expect(Self.contrast(text, background) >= 4.5, "\(band): \(text) on \(background)")
        }
        #expect(html.contains("class=\"band band-high\"") || html.contains("class=\"band band-low\""), "the report shows badges")
    }

    /// A category's fill in the chart: the colour of its pattern's base rectangle, which is also the badge's.
    static func fills(_ html: String) throws -> [String: (colour: Colour, marks: String)] {
        var result: [String: (Colour, String)] = [:]
        for band in ["high", "mid", "low", "none"] {
            let start = try #require(html.range(of: "<pattern id=\"fill-\(band)\""), "pattern \(band)")
            let end = try #require(html.range(of: "</pattern>", range: start.upperBound..<html.endIndex))
            let pattern = String(html[start.upperBound..<end.lowerBound])
            let fill = try #require(pattern.range(of: ##"fill="#[0-9a-fA-F]{6}""##, options: .regularExpression))
            let colour = try #require(Colour(hex: String(pattern[fill].dropFirst(6).dropLast())))
            // What is drawn over the base: the shape that tells the category without colour.
            let marks = pattern.components(separatedBy: "/>").dropFirst().joined(separator: "/>")
                .replacingOccurrences(of: #"fill="[^"]*""#, with: "", options: .regularExpression)
            result[band] = (colour, marks)
        }
        return result
    }

    /// WCAG 1.4.11: a bar is told from the track it lies on (or by its outline), and the cut-off lines from the
    /// track; the pattern's base colour is the badge's colour, so chart and tables agree.
    @Test func chartGraphicsMeetThreeToOne() throws {
        let (html, rules, properties) = try Self.sample()
        let fills = try Self.fills(html)
        let trackRule = try #require(rules.first { $0.selector.hasSuffix(".track") })
        let track = try #require(Self.colour(trackRule.declarations["fill"], properties))
        let barRule = try #require(rules.first { $0.selector.hasSuffix(" .bar") })
        let outline = try #require(Self.colour(barRule.declarations["stroke"], properties))
        for (band, fill) in fills {
            let best = max(Self.contrast(fill.colour, track), Self.contrast(fill.colour, outline))
            #expect(best >= 3, "fill-\(band) \(fill.colour): \(best):1 against the track \(track) and the outline \(outline)")
            let badge = try #require(rules.first { $0.selector == ".band-\(band)" })
            #expect(Self.colour(badge.declarations["background"], properties) == fill.colour, "band-\(band) and fill-\(band) agree")
        }
        let threshold = try #require(rules.first { $0.selector.hasSuffix(".threshold") })
        let line = try #require(Self.colour(threshold.declarations["stroke"], properties))
        #expect(Self.contrast(line, track) >= 3, "cut-off lines \(line) on the track \(track)")
    }

    /// Printed in black and white (or seen without colour vision), two categories are told apart by their grey
    /// (at least 3:1) or else by the pattern over them; and the legend shows the same patterns.
    @Test func categoriesStayApartInGreyscale() throws {
        let (html, rules, _) = try Self.sample()
        let fills = try Self.fills(html)
        let bands = fills.keys.sorted()
        var byPatternOnly = 0
        for (index, first) in bands.enumerated() {
            for second in bands[(index + 1)...] {
                let (a, b) = (try #require(fills[first]), try #require(fills[second]))
                if Self.contrast(a.colour, b.colour) >= 3 { continue }
                byPatternOnly += 1
                #expect(a.marks != b.marks, "\(first) and \(second) have close greys and the same pattern")
            }
        }
        #expect(byPatternOnly > 0, "the palette relies on patterns for some pairs, which this test then checks")
        // The legend's swatches carry the pattern too (the solid category needs none).
        for band in ["mid", "low", "none"] {
            #expect(rules.contains { $0.selector == ".swatch.band-\(band)" && ($0.declarations["background"] ?? "").contains("gradient") },
                    "swatch \(band)")
        }
    }
}
