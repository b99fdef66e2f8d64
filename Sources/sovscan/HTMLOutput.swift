import Foundation
import Reporting

/// Writes the HTML report to its place: a file, standard output, or, when the place ends with `/`
/// (`--format html:report/`), a folder with `index.html` and one page per system of a portfolio.
enum HTMLOutput {
    static func write(_ writer: HTMLReportWriter, _ input: ReportInput, context: ReportContext, to file: String?) throws {
        guard let file, isFolder(file) else {
            try OutputSink.write(to: file) { try writer.write(input, context: context, to: ReportOutput($0)) }
            return
        }
        for page in writer.writeFolder(input, context: context) {
            try writePage(page.data, at: page.path, in: file)
        }
    }

    /// Whether an `html:` place names a folder (it ends with `/`).
    static func isFolder(_ file: String?) -> Bool { file?.hasSuffix("/") ?? false }

    /// Writes one page at `path` inside `folder`, creating the folders it needs.
    static func writePage(_ data: Data, at path: String, in folder: String) throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw OutputError(message: "cannot create '\(url.deletingLastPathComponent().path)': \(error.localizedDescription)")
        }
        try OutputSink.write(data, to: url.path)
    }
}

/// The pages of `--format html:DIR/` for a portfolio scanned a system at a time: each system's page is written
/// as soon as the system is done, the index once every system is; the bytes are those of
/// `HTMLReportWriter.writeFolder` over the whole portfolio.
struct HTMLFolderPages {
    let writer: HTMLReportWriter
    let folder: String
    let context: ReportContext
    /// Each system's file name under `systems/`, by system name (`HTMLReportWriter.fileNames` of every system).
    let files: [String: String]

    /// Writes the page of one system; `input` holds that system alone.
    func writeSystem(_ input: ReportInput) throws {
        guard let name = input.inventory.systems.first?.name, let file = files[name] else { return }
        try HTMLOutput.writePage(writer.systemPage(input, context: context), at: "systems/" + file, in: folder)
    }

    /// Writes `index.html` from the portfolio's summary.
    func writeIndex(_ input: ReportInput) throws {
        try HTMLOutput.writePage(writer.indexPage(input, context: context, files: files), at: "index.html", in: folder)
    }
}
