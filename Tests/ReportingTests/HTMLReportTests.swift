import Classification
import Foundation
import Reporting
import SovScanModel
import Testing

struct HTMLReportTests {
    private func html(_ input: ReportInput = TestReports.input(), language: ReportLanguage = .en) -> String {
        String(decoding: HTMLReportWriter(language: language).write(input, context: TestInventories.context), as: UTF8.self)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func isSelfContained() {
        let text = html()
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;"))
        for forbidden in ["<link", " src=", "@import", "<iframe", "<img"] {
            #expect(!text.contains(forbidden), "no fetch: \(forbidden)")
        }
        let urls = text.components(separatedBy: "url(").dropFirst().map { $0.prefix(1) }
        #expect(urls.allSatisfy { $0 == "#" }, "url() only names the page's own chart patterns")
        let references = text.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(references.allSatisfy { $0.hasPrefix("#") }, "links only within the page: \(references)")
        // Keep a copy for looking at (scripts/render-html.sh renders the sample; this one has every section).
        try? Data(text.utf8).write(to: FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-report-test.html"))
    }

    @Test func chartTablesAndSectionsArePresent() {
        let text = html()
        #expect(count("<svg", in: text) == 2, "the fill patterns and the chart")
        #expect(text.contains("role=\"img\" class=\"stil-chart\" id=\"stil-chart-1\" aria-labelledby=\"stil-chart-1-title stil-chart-1-desc\""))
        #expect(text.contains("<title id=\"stil-chart-1-title\">"))
        #expect(count("class=\"bar band-", in: text) == 6, "one bar per level with a share")
        #expect(text.contains(">Frontend: 67% · 2/3</text>"))
        #expect(text.contains(">Data technology: 100% · 1/4</text>"))
        #expect(text.contains("OSS share · coverage 73% (8/11) · unknown as not OSS: 45%"))
        #expect(text.contains("<span class=\"band band-none\">insufficient data (3 unknown)</span>"))
        for id in ["headline", "stil", "origin", "bindings", "risks", "findings", "method", "components-section"] {
            #expect(text.contains("<section id=\"\(id)\""), "section \(id)")
        }
        #expect(count("<tr>", in: text.components(separatedBy: "class=\"stil-table\"")[1].components(separatedBy: "</table>")[0]) == 1 + 9 + 2)
        let table = text.components(separatedBy: "<table id=\"components\">")[1].components(separatedBy: "</table>")[0]
        #expect(count("<tr>", in: table) == 1 + 8)
        #expect(table.contains("<th scope=\"col\" class=\"num\">SEAL</th>"))
        #expect(text.contains("Amazon Web Services"))
        #expect(count("are presumed to be theirs", in: text) == 1, "a note for the vendor with presumed components only")
        #expect(!text.contains("components of Broadcom are presumed"))
        #expect(text.contains("licence.deny"))
        #expect(text.contains("<script>(function(){"), "the filter and sort script")
        #expect(text.contains("id=\"component-tools\" hidden"), "the filter stays hidden without the script")
    }

    @Test func hostileTextIsEscapedAndIsolated() {
        let text = html()
        #expect(count("<script", in: text) == 1, "only sovscan's own script")
        #expect(!text.contains("<script>alert"))
        #expect(!text.contains("\u{1}"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;\n\t\u{202E}=cmd|&#39; /C calc&#39;!A0\u{FFFD}"
        #expect(count("<bdi>" + escaped + "</bdi>", in: text) >= 6, "name, technology, vendor (twice), risk, finding")
        var rest = Substring(text)
        var occurrences = 0
        while let range = rest.range(of: escaped) {
            let before = text[..<range.lowerBound]
            let opened = before.range(of: "<bdi>", options: .backwards)?.lowerBound
            let closed = before.range(of: "</bdi>", options: .backwards)?.lowerBound
            #expect(opened != nil && (closed == nil || closed! < opened!), "every occurrence is inside <bdi>")
            occurrences += 1
            rest = text[range.upperBound...]
        }
        #expect(occurrences == 9, "and the note on presumed vendors")
    }

    /// The component table marks a vendor whose steward no rule names and is presumed, in the report's language; the
    /// vendor's (hostile) name stays escaped data, and a vendor a rule names is not marked.
    @Test func theComponentTableMarksAPresumedVendor() throws {
        var system = TestReports.classified()
        let index = try #require(system.classifications.firstIndex { $0.purl.namespace == "@evil" })
        system.classifications[index].vendor?.presumed = true
        let input = ReportInput(inventory: TestInventories.rich(), classifications: [system], figures: [TestReports.figures()])
        for (language, word) in [(ReportLanguage.en, "presumed"), (.da, "formodet")] {
            let table = html(input, language: language).components(separatedBy: "<table id=\"components\">")[1]
                .components(separatedBy: "</table>")[0]
            let escaped = "<bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;\n\t\u{202E}=cmd|&#39; /C calc&#39;!A0\u{FFFD}</bdi>"
            #expect(table.contains("<td>\(escaped) (\(word))</td>"), "\(language)")
            #expect(count("(\(word))", in: table) == 1, "only the presumed vendor is marked")
            #expect(table.contains("<td><bdi>Broadcom</bdi></td>"))
        }
        #expect(!html().contains("(presumed)"), "nothing is marked when no vendor is presumed")
    }

    @Test func danishLabelsKeepSTILsNames() {
        let text = html(language: .da)
        #expect(text.contains("<html lang=\"da\">"))
        #expect(text.contains("Nøgletal"))
        #expect(text.contains("Open source-andel pr. STIL-niveau"))
        #expect(text.contains(">Frontend: 67 % · 2/3</text>"))
        #expect(text.contains("Overvejende OSS 50-75%"))
        #expect(text.contains("utilstrækkeligt datagrundlag (3 ukendt)"))
        #expect(text.contains("Primært OSS >75%".replacingOccurrences(of: ">", with: "&gt;")))
        #expect(text.contains("Applikation") && text.contains("Infrastruktur"))
        #expect(!text.contains("Headline figures"))
    }

    @Test func bareInventorySaysWhatIsMissing() {
        let text = html(ReportInput(inventory: TestInventories.rich()))
        #expect(!text.contains("<svg"))
        #expect(count("Needs analysis", in: text) == 4, "headline stays; STIL, origin, bindings, risks say what they need")
        #expect(text.contains("Needs classification"))
        #expect(text.contains("No policy was given"))
        #expect(!text.contains(">SEAL</th>"))
    }

    @Test func portfolioShowsSystemsPerBand() {
        var inventory = TestInventories.rich()
        inventory.systems.append(SystemInventory(name: "borgerservice", root: "b"))
        // Issue 14: a portfolio headline of 91 % that is 37 % when unknowns count as not OSS says so, without a band.
        let overall = PortfolioFigures.Overall(share: 0.91, band: nil,
                                               coverage: TestReports.coverage(units: 100, oss: 37, unknown: 59))
        let portfolio = PortfolioFigures(levels: StackLevel.allCases.compactMap { level in
            level.group == nil ? nil : PortfolioFigures.LevelBands(level: level, systems: [.primarilyOSS: 1, .limitedOSS: level == .database ? 1 : 0])
        }, overall: overall)
        let text = html(ReportInput(inventory: inventory, classifications: [TestReports.classified()], figures: [TestReports.figures()],
                                    portfolio: portfolio))
        #expect(text.contains("id=\"portfolio-chart\""))
        #expect(text.contains("<title>Portfolio open-source report (2 systems)</title>"), "a short title, not every system's name")
        #expect(count("<svg", in: text) == 3, "the fill patterns, the portfolio chart and the one system with figures")
        let systems = text.components(separatedBy: "<section id=\"systems\"")[1].components(separatedBy: "</section>")[0]
        #expect(systems.contains("<caption>Systems (2)</caption>"))
        #expect(systems.contains("<th scope=\"col\">Layer</th><th scope=\"col\">Criticality</th><th scope=\"col\">Personal data</th>"))
        let headline = text.components(separatedBy: "<section id=\"headline\"")[1].components(separatedBy: "</section>")[0]
        #expect(headline.contains("<span class=\"figure\">91%</span><span class=\"caption\">Overall OSS share · coverage 41% (41/100)</span>"
                                  + "<span class=\"band band-none\">insufficient data (59 unknown)</span>"), "\(headline)")
        let markdown = String(decoding: MarkdownSummaryWriter().write(ReportInput(inventory: inventory, classifications: [TestReports.classified()],
                                                                                  figures: [TestReports.figures()], portfolio: portfolio),
                                                                       context: TestInventories.context), as: UTF8.self)
        #expect(markdown.hasPrefix("## Portfolio open-source report (2 systems)\n\n**Overall OSS share: 91%** (insufficient data (59 unknown); "
                                   + "coverage 41% (41/100); unknown as not OSS: 37%) · Systems: 2 · "), "\(markdown)")
    }

    @Test func portfolioFolderHasAnIndexAndOnePagePerSystem() {
        var input = ReportSamples.portfolio(systems: 3)
        input.inventory.systems[1].diagnostics = [Diagnostic(.error, "the imported BOM x:y:1 is not in the Maven repository",
                                                             at: SourceLocation(file: "pom.xml", line: 7))]
        let pages = HTMLReportWriter().writeFolder(input, context: ReportSamples.context)
        #expect(pages.map(\.path) == ["index.html", "systems/kommune-sag.html", "systems/fagsystem-001.html", "systems/fagsystem-002.html"])
        let index = String(decoding: pages[0].data, as: UTF8.self)
        #expect(index.contains("<a href=\"systems/fagsystem-001.html\"><bdi>fagsystem-001</bdi></a>"))
        #expect(!index.contains("the imported BOM"), "a system's messages are on its page")
        #expect(index.contains("The scan gave 1 messages about the systems; each system&#39;s page lists its own."))
        #expect(!index.contains("id=\"components\""))
        let page = String(decoding: pages[2].data, as: UTF8.self)
        #expect(page.contains("the imported BOM x:y:1") && page.contains("id=\"components\""))
        #expect(page.contains("<title>Open-source report: fagsystem-001</title>"))
        // The systems, the one that pulls the overall share (60 %) down most first.
        let order = ["fagsystem-002", "fagsystem-001", "kommune-sag"].map { index.range(of: "<bdi>\($0)</bdi></a>")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!, "sorted by effect on the share")
        #expect(HTMLReportWriter.fileNames(["A b", "a-b", "ÆØÅ", ""]) == ["A b": "a-b.html", "a-b": "a-b-2.html", "ÆØÅ": "system-2.html", "": "system.html"])
    }

    @Test func portfolioPageAroundStreamedRowsIsTheWholePage() throws {
        // Issue 17: a portfolio's single-file report written a system at a time (the page around the rows, each
        // system's rows between) is the page written from the whole portfolio, in both languages.
        for language in [ReportLanguage.en, .da] {
            let whole = ReportSamples.portfolio(systems: 4)
            let writer = HTMLReportWriter(language: language)
            var rows = Data()
            for (system, classified) in zip(whole.inventory.systems, whole.classifications) {
                rows += writer.componentRows(of: system, classified: classified)
            }
            var bare = whole
            bare.inventory.systems = whole.inventory.systems.map { system in
                var emptied = system
                emptied.components = []
                return emptied
            }
            let count = whole.inventory.systems.map(\.components.count).reduce(0, +)
            #expect(count > 4, "the sample has components to stream")
            // The page before the rows goes to the output as it is laid out; the page after them is returned.
            let output = ReportOutput()
            let tail = try writer.write(bare, context: ReportSamples.context,
                                        streamedRows: HTMLStreamedRows(count: count, classified: true), to: output)
            let head = try output.finish()
            let expected = writer.write(whole, context: ReportSamples.context)
            #expect(head + rows + tail == expected)
            #expect(String(decoding: head, as: UTF8.self).hasSuffix("<tbody>"))
            #expect(String(decoding: tail, as: UTF8.self).hasPrefix("</tbody></table>"))
        }
    }

    @Test func outputIsDeterministic() {
        #expect(html() == html())
    }
}
