import Analysis
import Classification
import Foundation
import SovScanModel

/// Writes the HTML report: self-contained pages (inline style, inline SVG charts, a small inline script, a
/// content security policy that forbids every fetch) for a system or, with several systems, a portfolio.
/// A system's page: the check's verdict, headline figures, STIL's chart and table with the units counted per
/// level, origin and vendors, bindings, risks, policy findings, the method, the scan's messages and the
/// component table (filterable and sortable with the script, complete without it). A portfolio is one file
/// (`write`: the summary, each system's sections and every component as an appendix) or a folder (`writeFolder`:
/// an index with the summary and one page per system). Sections whose stage did not run say so. All data is
/// escaped by `HTMLBuilder`.
public struct HTMLReportWriter: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) { self.language = language }

    /// The report as one file, UTF-8.
    public func write(_ input: ReportInput, context: ReportContext) -> Data {
        page(input, context: context, links: [:], back: nil).data
    }

    /// The same report written to `output` as it is laid out, never whole in memory; the bytes are those of
    /// `write(_:context:)`.
    public func write(_ input: ReportInput, context: ReportContext, to output: ReportOutput) throws {
        var html = page(input, context: context, links: [:], back: nil, output: output)
        html.flush()
        try output.finish()
    }

    /// The report as a folder of pages, by path relative to the folder: `index.html` and, for a portfolio,
    /// `systems/<name>.html` per system, each under the size a browser and a printer handle well.
    public func writeFolder(_ input: ReportInput, context: ReportContext) -> [(path: String, data: Data)] {
        let systems = input.inventory.systems
        guard systems.count > 1 else { return [("index.html", write(input, context: context))] }
        let files = Self.fileNames(systems.map(\.name))
        var pages: [(path: String, data: Data)] = [("index.html", indexPage(input, context: context, files: files))]
        for system in systems {
            guard let file = files[system.name] else { continue }
            pages.append(("systems/" + file, systemPage(Self.only(system, of: input), context: context)))
        }
        return pages
    }

    /// A portfolio folder's `index.html`: the summary, linking each system to `systems/<file>` (`files`, by
    /// system name, from `fileNames`). It reads only the systems' figures, names and diagnostics, not their
    /// components, so a portfolio can be scanned a system at a time and its index written at the end.
    public func indexPage(_ input: ReportInput, context: ReportContext, files: [String: String]) -> Data {
        page(input, context: context, links: files.mapValues { "systems/" + $0 }, back: nil).data
    }

    /// A portfolio folder's page of one system (`input` holds that system alone, as `only` narrows it), linking
    /// back to the index.
    public func systemPage(_ input: ReportInput, context: ReportContext) -> Data {
        page(input, context: context, links: [:], back: "../index.html").data
    }

    /// A portfolio's single-file report without its component rows, for a portfolio scanned a system at a time:
    /// writes the page before the rows to `output` as it is laid out and returns the page after them. The caller
    /// then writes `componentRows` of each system, in the order of `input`'s systems, and the page returned;
    /// `rows` tells the table how many there are and whether classification ran. The three together are the
    /// bytes `write` makes from the whole portfolio. Throws the error of a write to `output` that failed.
    public func write(_ input: ReportInput, context: ReportContext, streamedRows rows: HTMLStreamedRows,
                      to output: ReportOutput) throws -> Data {
        let document = page(input, context: context, links: [:], back: nil, streamedRows: rows, output: output)
        try output.finish()
        return document.data
    }

    /// The component table rows of one system of a portfolio's single-file report (see
    /// `write(_:context:streamedRows:)`), with its classifications.
    public func componentRows(of system: SystemInventory, classified: ClassifiedSystem) -> Data {
        var html = HTMLBuilder()
        let lookup = ClassificationLookup([classified])
        HTMLComponentRows(labels: ReportLabels(language), showSystem: true, classified: true)
            .write(system, to: &html) { lookup[$0] }
        return html.data
    }

    /// A file name per system: its letters and digits in lower case, words joined by `-`, numbered when two
    /// names give the same file.
    public static func fileNames(_ names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var used: Set<String> = []
        for name in names.sorted() {
            var stem = ""
            for scalar in name.lowercased().unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    stem.unicodeScalars.append(scalar)
                } else if !stem.isEmpty, !stem.hasSuffix("-") {
                    stem += "-"
                }
            }
            while stem.hasSuffix("-") { stem.removeLast() }
            if stem.isEmpty { stem = "system" }
            var file = stem + ".html", number = 2
            while used.contains(file) {
                file = "\(stem)-\(number).html"
                number += 1
            }
            used.insert(file)
            result[name] = file
        }
        return result
    }

    /// The input narrowed to one system of a portfolio.
    static func only(_ system: SystemInventory, of input: ReportInput) -> ReportInput {
        var narrowed = ReportInput(inventory: Inventory(systems: [system]), classifications: input.classifications.filter { $0.name == system.name },
                                   figures: input.figures.filter { $0.system == system.name }, portfolio: nil, findings: nil)
        if var analysis = input.analysis {
            analysis.systems = analysis.systems.filter { $0.name == system.name }
            analysis.portfolio = nil
            narrowed.analysis = analysis
        }
        narrowed.metadata = input.metadata.filter { $0.key == system.name }
        return narrowed
    }

    /// The page; with `output`, its text goes there as it is laid out and the builder returned holds the rest.
    private func page(_ input: ReportInput, context: ReportContext, links: [String: String], back: String?,
                      streamedRows: HTMLStreamedRows? = nil, output: ReportOutput? = nil) -> HTMLBuilder {
        let labels = ReportLabels(language, input: input)
        let systems = input.inventory.systems
        let isPortfolio = systems.count > 1
        let title: String
        if isPortfolio {
            title = labels.portfolioTitle + " (\(systems.count) \(labels.systems.lowercased()))"
        } else {
            title = (input.checkPassed == nil ? labels.title : labels.checkTitle) + (systems.first.map { ": " + $0.name } ?? "")
        }
        let date = labels.date(context.timestamp)
        var html = HTMLBuilder(output: output)
        html.openDocument(language: language, title: title)
        html.element("style") { html in
            html.trusted(HTMLAssets.pageRule(header: title + " – " + date, page: labels.pagePrefix, of: labels.pick("of", "af")))
            html.trusted(HTMLAssets.style)
        }
        html.close("head")
        html.open("body")
        if !input.figures.isEmpty || input.portfolio != nil { html.trusted(HTMLAssets.patterns) }
        html.element("a", labels.contents, [("class", "skip"), ("href", "#main")])
        html.element("header") { html in
            if let back { html.element("p") { $0.element("a", labels.backToIndex, [("href", back)]) } }
            html.element("h1") { html in
                let prefix = isPortfolio ? title : (input.checkPassed == nil ? labels.title : labels.checkTitle)
                html.text(prefix)
                if !isPortfolio, let system = systems.first {
                    html.text(": ")
                    html.data(system.name)
                }
            }
            html.element("p", "\(labels.generated) sovscan \(context.toolVersion) · \(date)", [("class", "meta")])
        }
        html.open("main", [("id", "main")])
        HTMLCheckSections(input: input, labels: labels).verdict(to: &html)
        if input.inventory.isIncomplete { html.element("p", labels.incomplete, [("class", "alert"), ("role", "alert")]) }
        let sections = HTMLSections(input: input, labels: labels)
        if isPortfolio {
            let portfolio = HTMLPortfolioSections(input: input, labels: labels, links: links)
            portfolio.headline(to: &html)
            portfolio.systems(to: &html)
            portfolio.chart(to: &html)
            portfolio.nonEUBindings(to: &html)
            portfolio.hosting(to: &html)
            portfolio.trend(to: &html)
            if input.findings != nil { HTMLCheckSections(input: input, labels: labels).findings(to: &html) }
            HTMLMethodSection(input: input, labels: labels, context: context).write(to: &html)
            if links.isEmpty {
                sections.diagnostics(to: &html)
            } else {
                sections.diagnosticsOnSystemPages(to: &html)
            }
            if links.isEmpty {
                html.element("h2", labels.systemPages)
                sections.stil(to: &html)
                sections.origin(to: &html)
                sections.bindings(to: &html)
                sections.risks(to: &html)
                HTMLComponentTable(input: input, labels: labels, streamed: streamedRows).write(to: &html)
            }
        } else {
            sections.headline(to: &html)
            sections.stil(to: &html)
            sections.origin(to: &html)
            sections.bindings(to: &html)
            sections.risks(to: &html)
            // A store holding one system still has its trend.
            HTMLPortfolioSections(input: input, labels: labels, links: links).trend(to: &html)
            HTMLCheckSections(input: input, labels: labels).findings(to: &html)
            HTMLMethodSection(input: input, labels: labels, context: context).write(to: &html)
            sections.diagnostics(to: &html)
            HTMLComponentTable(input: input, labels: labels, streamed: nil).write(to: &html)
        }
        html.close("main")
        html.element("script") { $0.trusted(HTMLAssets.script) }
        html.close("body")
        html.close("html")
        html.trusted("\n")
        return html
    }
}
