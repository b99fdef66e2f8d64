import ArgumentParser
import Foundation
import Reporting

/// The reports of `sovscan scan`, each made from the same analysed scan and written to its place. CycloneDX, JSON
/// and HTML are written to their file as they are laid out (`ReportOutput`), never whole in memory (issue 17: the
/// CycloneDX and JSON documents of a large system are tens of megabytes each); the other formats are small and are
/// made whole, then written.
struct ScanReports {
    let language: ReportLanguage
    /// The csv formats' field separator and whether they start with a byte-order mark.
    let csvDelimiter: Character
    let csvByteOrderMark: Bool

    /// Writes every request in order; one to standard output with `terminal`'s colours.
    func write(_ requests: [OutputRequest], input: ReportInput, context: ReportContext, terminal: TerminalStyle) throws {
        for request in requests {
            try write(request, input: input, context: context, style: request.file == nil ? terminal : .plain)
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
        case .sarif, .junit:
            throw ValidationError(OutputRequestError.notImplemented(request.format).description)
        }
    }
}
