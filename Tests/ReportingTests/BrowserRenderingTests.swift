import Foundation
import Reporting
import SovScanModel
import Testing

/// The HTML reports as a reader gets them: rendered by Debian's headless `chromium` at a phone's width and
/// printed to PDF. Skipped, with the reason printed, where chromium is not installed or cannot start.
/// The rendered pages and screenshots stay in `$TMPDIR/sovscan-browser-tests/` for looking at.
@Suite(.serialized) struct BrowserRenderingTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-browser-tests")

    /// What a page reports about itself once loaded (written into its title by `probe`).
    struct Probe: Decodable {
        /// The document's width and the viewport's: wider means the page scrolls sideways.
        var scrollWidth: Int
        var innerWidth: Int
        /// Resources fetched and content-security-policy violations (attempted fetches).
        var resources: Int
        var violations: Int
        /// Charts, and charts without a title, a description or a table after them.
        var charts: Int
        var chartsWithoutText: Int
        /// The smallest font size of chart text as drawn, in CSS pixels.
        var smallestChartText: Double
    }

    /// Measures the page from inside: its width, fetches, charts and their text alternative.
    static let probe = """
    <script>
    var sovscanViolations=0;document.addEventListener("securitypolicyviolation",function(){sovscanViolations++;});
    window.addEventListener("load",function(){setTimeout(function(){
      var charts=document.querySelectorAll("svg.stil-chart"),missing=0,smallest=1000;
      charts.forEach(function(svg){
        var ids=(svg.getAttribute("aria-labelledby")||"").split(" ").filter(Boolean);
        var named=svg.getAttribute("role")==="img"&&ids.length===2&&ids.every(function(id){var e=document.getElementById(id);return e&&e.textContent.trim().length>0;});
        var next=svg.nextElementSibling,table=false;
        for(var i=0;i<3&&next;i++){if(next.querySelector&&next.querySelector("table")||next.tagName==="TABLE"){table=true;break;}next=next.nextElementSibling;}
        if(!named||!table){missing++;}
        svg.querySelectorAll("text").forEach(function(t){var r=t.getBoundingClientRect();if(r.height>0){smallest=Math.min(smallest,r.height);}});
      });
      var result=JSON.stringify({scrollWidth:document.documentElement.scrollWidth,innerWidth:window.innerWidth,
        resources:performance.getEntriesByType("resource").length,violations:sovscanViolations,charts:charts.length,
        chartsWithoutText:missing,smallestChartText:smallest});
      document.title=result;parent.postMessage(result,"*");
    },50);});
    </script>
    """

    /// The chromium binary, or why there is none.
    static let chromium: Result<String, SkipReason> = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/chromium"
            if FileManager.default.isExecutableFile(atPath: candidate) { return .success(candidate) }
        }
        return .failure(SkipReason(text: "chromium is not installed (scripts/setup.sh installs Debian's chromium package)"))
    }()

    struct SkipReason: Error { var text: String }

    /// Runs chromium headless with `arguments` on `url`; its standard output, or why it could not run.
    static func run(_ arguments: [String], url: URL) -> Result<String, SkipReason> {
        let binary: String
        switch chromium {
        case .success(let path): binary = path
        case .failure(let reason): return .failure(reason)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["120", binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=" + folder.appendingPathComponent("profile").path] + arguments + [url.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(SkipReason(text: "chromium could not start: \(error)")) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(SkipReason(text: "chromium could not render (exit \(process.terminationStatus))"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }

    /// A page that shows `page` in a frame `width` pixels wide (headless chromium's window is at least 500
    /// pixels wide, so a phone is a frame) and takes the probe's message as its title.
    static func frame(_ page: String, width: Int, height: Int) -> String {
        "<!DOCTYPE html><html><head><title>none</title></head><body style=\"margin:0\"><iframe width=\"\(width)\" height=\"\(height)\" "
            + "style=\"border:0\" src=\"\(page)\"></iframe><script>addEventListener(\"message\",function(e){document.title=e.data;});</script></body></html>"
    }

    /// Where the system chart starts and its legend ends, in CSS pixels from the top of the document, and how
    /// wide the document is against the width it has.
    struct ChartPlace: Decodable {
        var chartTop: Double
        var legendBottom: Double
        var scrollWidth: Int
        var clientWidth: Int
    }

    static let chartProbe = """
    <script>
    window.addEventListener("load",function(){setTimeout(function(){
      var chart=document.querySelector("svg.stil-chart"),legend=document.querySelector("ul.legend");
      var result=JSON.stringify({chartTop:chart?chart.getBoundingClientRect().top+scrollY:-1,
        legendBottom:legend?legend.getBoundingClientRect().bottom+scrollY:-1,
        scrollWidth:document.documentElement.scrollWidth,clientWidth:document.documentElement.clientWidth});
      document.title=result;parent.postMessage(result,"*");
    },50);});
    </script>
    """

    /// Writes a page with the probe added and loads it at `width` pixels; `nil` (with the reason printed) when
    /// chromium cannot run here.
    static func measure(_ html: Data, name: String, width: Int = 390) throws -> Probe? {
        try measure(html, name: name, width: width, probe: probe)
    }

    /// Loads a page with `probe` added at `width` pixels and decodes what the probe reports.
    static func measure<Report: Decodable>(_ html: Data, name: String, width: Int, probe: String) throws -> Report? {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = String(decoding: html, as: UTF8.self).replacingOccurrences(of: "</body>", with: probe + "</body>")
        try Data(page.utf8).write(to: folder.appendingPathComponent("probe-\(width)-" + name))
        let url = folder.appendingPathComponent("frame-\(width)-" + name)
        try Data(frame("probe-\(width)-" + name, width: width, height: 900).utf8).write(to: url)
        switch run(["--window-size=1000,900", "--virtual-time-budget=3000", "--dump-dom"], url: url) {
        case .failure(let reason):
            print("BrowserRenderingTests skipped: \(reason.text)")
            return nil
        case .success(let dom):
            let title = dom.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first ?? ""
            let json = title.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            return try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        }
    }

    /// Prints a page to PDF; the PDF's bytes, or `nil` (with the reason printed) when chromium cannot run here.
    static func printed(_ html: Data, name: String) throws -> Data? {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try html.write(to: url)
        let pdf = folder.appendingPathComponent(name + ".pdf")
        try? FileManager.default.removeItem(at: pdf)
        switch run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path], url: url) {
        case .failure(let reason):
            print("BrowserRenderingTests skipped: \(reason.text)")
            return nil
        case .success:
            return try Data(contentsOf: pdf)
        }
    }

    /// Takes a screenshot for a person to look at (not asserted on); a phone's width is shown in a frame.
    static func screenshot(_ html: Data, name: String, width: Int, height: Int) throws {
        try html.write(to: folder.appendingPathComponent(name))
        var url = folder.appendingPathComponent(name)
        if width < 500 {
            url = folder.appendingPathComponent("frame-shot-" + name)
            try Data(frame(name, width: width, height: height).utf8).write(to: url)
        }
        _ = run(["--window-size=\(max(width, 500)),\(height)", "--hide-scrollbars", "--virtual-time-budget=2000",
                 "--screenshot=" + folder.appendingPathComponent(name + "-\(width).png").path], url: url)
    }

    /// The pages of a PDF and the size of each (points), read from its page objects.
    static func pages(_ pdf: Data) -> [(width: Double, height: Double)] {
        let text = String(decoding: pdf, as: UTF8.self)
        let count = text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
        let boxes = text.components(separatedBy: "/MediaBox [").dropFirst().compactMap { box -> (Double, Double)? in
            let numbers = box.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
            return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
        }
        return (0..<count).map { boxes.indices.contains($0) ? boxes[$0] : boxes.first ?? (0, 0) }
    }

    private func html(_ input: ReportInput, _ language: ReportLanguage = .da) -> Data {
        HTMLReportWriter(language: language).write(input, context: ReportSamples.context)
    }

    @Test func checkReportFitsAPhone() throws {
        let page = html(ReportSamples.check())
        guard let probe = try Self.measure(page, name: "check.html") else { return }
        #expect(probe.scrollWidth <= probe.innerWidth, "no sideways scrolling at 390 px: \(probe.scrollWidth) > \(probe.innerWidth)")
        #expect(probe.resources == 0 && probe.violations == 0, "no external requests: \(probe)")
        #expect(probe.charts == 1 && probe.chartsWithoutText == 0, "\(probe)")
        #expect(probe.smallestChartText >= 9, "chart text stays readable on a phone: \(probe.smallestChartText) px")
        try Self.screenshot(page, name: "check.html", width: 390, height: 2600)
        try Self.screenshot(page, name: "check.html", width: 1280, height: 2200)
    }

    @Test func portfolioIndexFitsAPhone() throws {
        let pages = HTMLReportWriter(language: .da).writeFolder(ReportSamples.portfolio(systems: 12), context: ReportSamples.context)
        for page in pages.prefix(2) {
            guard let probe = try Self.measure(page.data, name: page.path.replacingOccurrences(of: "/", with: "-")) else { return }
            #expect(probe.scrollWidth <= probe.innerWidth, "\(page.path): \(probe.scrollWidth) > \(probe.innerWidth)")
            #expect(probe.resources == 0 && probe.violations == 0, "\(page.path): \(probe)")
            #expect(probe.charts >= 1 && probe.chartsWithoutText == 0, "\(page.path): \(probe)")
        }
        if let index = pages.first { try Self.screenshot(index.data, name: "portfolio-index.html", width: 390, height: 2600) }
    }

    @Test func checkReportPrintsOnA4() throws {
        guard let pdf = try Self.printed(html(ReportSamples.check()), name: "check-print.html") else { return }
        let pages = Self.pages(pdf)
        #expect((2...8).contains(pages.count), "the sample check report prints on a handful of pages: \(pages.count)")
        #expect(pages.allSatisfy { abs($0.width - 595.3) < 1.5 && abs($0.height - 841.9) < 1.5 }, "A4 (595 × 842 pt): \(pages)")
    }

    /// The printed check report's first page holds the verdict, the headline figures, the chart and its legend
    /// (a chart kept whole on page 2 left page 1 half empty), also with the incomplete-scan alert, in both
    /// languages, and nothing is wider than the page. The print rules are applied on screen at A4's width inside its margins (182 mm = 688 px), and
    /// the legend must end within the first page's height (297 - 16 - 18 mm = 263 mm = 994 px).
    @Test func theChartStaysOnThePrintedFirstPage() throws {
        var input = ReportSamples.check()
        input.inventory.systems[0].diagnostics = [Diagnostic(.error, "invalid JSON", at: SourceLocation(file: "web/package.json", line: 1),
                                                             detail: DiagnosticDetail(.malformedFile, ["JSON"]))]
        for language in ReportLanguage.allCases {
            let page = String(decoding: html(input, language), as: UTF8.self)
            #expect(page.contains("@media print{"))
            let printed = Data(page.replacingOccurrences(of: "@media print{", with: "@media all{").utf8)
            let measured: ChartPlace? = try Self.measure(printed, name: "print-layout-\(language).html", width: 688, probe: Self.chartProbe)
            guard let place = measured else { return }
            #expect(place.chartTop > 0 && place.legendBottom > place.chartTop, "\(language): \(place)")
            #expect(place.legendBottom <= 994, "\(language): the legend ends at \(place.legendBottom) px, past the first page")
            // A table wider than the page makes Chromium shrink every page of the document (to 5-6 pt text).
            #expect(place.scrollWidth <= place.clientWidth, "\(language): printed content is \(place.scrollWidth) px on a \(place.clientWidth) px page")
        }
        guard let pdf = try Self.printed(html(input, .en), name: "check-incomplete-print.html") else { return }
        #expect(Self.pages(pdf).count <= 8)
    }

    /// The portfolio's pages printed: the index's wide systems table (ten columns, long Danish heads) and a
    /// system's page fit A4's width, so Chromium does not shrink the text.
    @Test func printedPortfolioFitsThePage() throws {
        let pages = HTMLReportWriter(language: .da).writeFolder(ReportSamples.portfolio(systems: 12), context: ReportSamples.context)
        for page in pages.prefix(2) {
            let printed = Data(String(decoding: page.data, as: UTF8.self).replacingOccurrences(of: "@media print{", with: "@media all{").utf8)
            let name = "print-layout-" + page.path.replacingOccurrences(of: "/", with: "-")
            let measured: ChartPlace? = try Self.measure(printed, name: name, width: 688, probe: Self.chartProbe)
            guard let place = measured else { return }
            #expect(place.scrollWidth <= place.clientWidth, "\(page.path): printed content is \(place.scrollWidth) px on a \(place.clientWidth) px page")
        }
    }

    /// `history --format html` prints on A4 with the running header like the other reports (it printed on US
    /// Letter without margins).
    @Test func historyPrintsOnA4() throws {
        let share = HistoryReport.Share(level: "overall", share: 0.8, coverage: 1, band: .primarilyOSS)
        let runs = (1...3).map { day in
            HistoryReport.Run(time: "2026-01-0\(day)T00:00:00Z", commit: nil, branch: "main", complete: true, shares: [share], change: nil)
        }
        let html = HistoryHTMLWriter(language: .da).write(HistoryReport(systems: [HistoryReport.System(name: "Sag", runs: runs)]),
                                                        context: ReportSamples.context)
        #expect(String(decoding: html, as: UTF8.self).contains("@page{size:A4;"))
        guard let pdf = try Self.printed(html, name: "history-print.html") else { return }
        let pages = Self.pages(pdf)
        #expect(!pages.isEmpty && pages.allSatisfy { abs($0.width - 595.3) < 1.5 && abs($0.height - 841.9) < 1.5 }, "A4: \(pages)")
    }

    @Test func twoHundredSystemsStayUnderFiveMegabytesPerPageAndFortyPrintedPages() throws {
        let input = ReportSamples.portfolio(systems: 200)
        let pages = HTMLReportWriter(language: .da).writeFolder(input, context: ReportSamples.context)
        #expect(pages.count == 201)
        #expect(Set(pages.map(\.path)).count == 201, "one file per system")
        let largest = pages.map(\.data.count).max() ?? 0
        #expect(largest < 5_000_000, "largest page: \(largest) bytes")
        let markdown = MarkdownSummaryWriter(language: .da).write(input, context: ReportSamples.context)
        #expect(markdown.count < 65_536, "the portfolio's Markdown fits a pull-request comment: \(markdown.count) bytes")
        guard let index = pages.first, let pdf = try Self.printed(index.data, name: "portfolio-200-index.html") else { return }
        let printed = Self.pages(pdf)
        #expect(printed.count < 40, "the summary of 200 systems prints in under 40 pages: \(printed.count)")
        #expect(printed.allSatisfy { abs($0.width - 595.3) < 1.5 && abs($0.height - 841.9) < 1.5 })
    }
}
