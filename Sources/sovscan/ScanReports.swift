import ArgumentParser
import Foundation
import Reporting
import SovScanKit

/// The reports of `sovscan scan`, each made from the same analysed scan and written to its place. CycloneDX, JSON
/// and HTML are written to their file as they are laid out (`ReportOutput`), never whole in memory (issue 17: the
/// CycloneDX and JSON documents of a large system are tens of megabytes each); the other formats are small and are
/// made whole, then written. The reports that go to files are written at the same time, one per core.
struct ScanReports: Sendable {
    let language: ReportLanguage
    /// The csv formats' field separator and whether they start with a byte-order mark.
    let csvDelimiter: Character
    let csvByteOrderMark: Bool

    /// Writes the requests that go to files concurrently, then the one to standard output with `terminal`'s
    /// colours. The writers share only `input` and `context`, immutable values (`Sendable`, which the compiler
    /// checks); each has its own layout state, buffer and file. Every report to a file is attempted; when some
    /// fail, the error of the first of them in `requests`' order is thrown and standard output is not written.
    func write(_ requests: [OutputRequest], input: ReportInput, context: ReportContext, terminal: TerminalStyle) throws {
        let toFiles = requests.filter { $0.file != nil }
        let outcomes = ParallelMap.run(toFiles) { request in
            Result { try write(request, input: input, context: context, style: .plain) }
        }
        for case .failure(let error) in outcomes { throw error }
        for request in requests where request.file == nil {
            try write(request, input: input, context: context, style: terminal)
        }
    }

    private func write(_ request: OutputRequest, input: ReportInput, context: ReportContext, style: TerminalStyle) throws {
        let inventory = input.inventory
        func whole(_ data: Data) throws { try OutputSink.write(data, to: request.file) }
        switch request.format {
        case .html:
            try HTMLOutput.write(HTMLReportWriter(language: language), input, context: context, to: request.file)
        case .cyclonedx:
            try OutputSink.write(to: request.file) { handle in
                try CycloneDXJSONWriter().write(inventory, classifications: input.classifications, context: context,
                                                to: ReportOutput(handle))
            }
        case .json:
            try OutputSink.write(to: request.file) { try ScanJSONWriter().write(input, context: context, to: ReportOutput($0)) }
        case .table:
            try whole(Data(TerminalSummary(style: style, language: language).render(input).utf8))
        case .cyclonedxXML:
            try whole(CycloneDXXMLWriter().write(inventory, classifications: input.classifications, context: context))
        case .spdx:
            try whole(try SPDXJSONWriter().write(inventory, classifications: input.classifications, context: context))
        case .csv:
            try whole(CSVWriter(delimiter: csvDelimiter, byteOrderMark: csvByteOrderMark).write(input))
        case .csvShares:
            try whole(SharesCSVWriter(delimiter: csvDelimiter, byteOrderMark: csvByteOrderMark).write(input.analysis))
        case .markdown:
            try whole(MarkdownSummaryWriter(language: language).write(input, context: context))
        }
    }
}
