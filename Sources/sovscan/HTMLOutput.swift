import Foundation
import Reporting

/// Writes the HTML report to its place: a file, standard output, or, when the place ends with `/`
/// (`--format html:report/`), a folder with `index.html` and one page per system of a portfolio.
enum HTMLOutput {
    static func write(_ writer: HTMLReportWriter, _ input: ReportInput, context: ReportContext, to file: String?) throws {
        guard let file, file.hasSuffix("/") else {
            try OutputSink.write(writer.write(input, context: context), to: file)
            return
        }
        let folder = URL(fileURLWithPath: file, isDirectory: true)
        for page in writer.writeFolder(input, context: context) {
            let url = folder.appendingPathComponent(page.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw OutputError(message: "cannot create '\(url.deletingLastPathComponent().path)': \(error.localizedDescription)")
            }
            try OutputSink.write(page.data, to: url.path)
        }
    }
}
