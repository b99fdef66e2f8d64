import Classification
import Foundation
import SovScanModel

/// Writes the HTML report: one self-contained file (inline style, inline SVG charts, a small inline script,
/// a content security policy that forbids every fetch) for a system or, with several systems, a portfolio.
/// Sections: headline figures, STIL's chart and table, origin and vendors, bindings, risks, policy findings,
/// the component table (filterable and sortable with the script, complete without it) and diagnostics.
/// Sections whose stage did not run say so. All data is escaped by `HTMLBuilder`.
public struct HTMLReportWriter: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) { self.language = language }

    /// The report as UTF-8 bytes.
    public func write(_ input: ReportInput, context: ReportContext) -> Data {
        let labels = ReportLabels(language)
        let systems = input.inventory.systems
        let isPortfolio = systems.count > 1
        let subject = systems.map(\.name).joined(separator: ", ")
        var html = HTMLBuilder()
        html.trusted("<!DOCTYPE html>\n")
        html.open("html", [("lang", language.rawValue)])
        html.open("head")
        html.open("meta", [("charset", "utf-8")])
        html.open("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        html.open("meta", [("http-equiv", "Content-Security-Policy"), ("content", HTMLAssets.contentSecurityPolicy)])
        html.element("title", (isPortfolio ? labels.portfolioTitle : labels.title) + (subject.isEmpty ? "" : " – " + subject))
        html.element("style") { $0.trusted(HTMLAssets.style) }
        html.close("head")
        html.open("body")
        html.element("a", labels.components, [("class", "skip"), ("href", "#components-section")])
        html.element("header") { html in
            html.element("h1") { html in
                html.text((isPortfolio ? labels.portfolioTitle : labels.title) + (subject.isEmpty ? "" : ": "))
                html.data(subject)
            }
            html.element("p", "\(labels.generated) sovscan \(context.toolVersion) \(labels.at) \(context.isoTimestamp)", [("class", "meta")])
        }
        html.open("main")
        if input.inventory.isIncomplete { html.element("p", labels.incomplete, [("class", "alert"), ("role", "alert")]) }
        let sections = HTMLSections(input: input, labels: labels)
        sections.headline(to: &html)
        sections.stil(to: &html)
        sections.origin(to: &html)
        sections.bindings(to: &html)
        sections.risks(to: &html)
        sections.findings(to: &html)
        HTMLComponentTable(input: input, labels: labels).write(to: &html)
        sections.diagnostics(to: &html)
        html.close("main")
        html.element("script") { $0.trusted(HTMLAssets.script) }
        html.close("body")
        html.close("html")
        html.trusted("\n")
        return Data(html.html.utf8)
    }
}
