import Foundation
import Reporting
import SovScanKit

/// A portfolio's single-file HTML report written without holding every system's components (issue 17): each
/// system's component rows go to a temporary file as the system is done (`add`), and `write` puts the page
/// (`HTMLReportWriter.write(_:context:streamedRows:to:)`, itself written as it is laid out) around them. The bytes are those `HTMLReportWriter.write`
/// makes from the whole portfolio held in memory.
final class HTMLStreamedReport {
    let writer: HTMLReportWriter
    /// Where the rows file was created, for messages.
    private let rowsPath: String
    private let rows: FileHandle
    /// The rows written so far: the components of the systems added.
    private(set) var count = 0

    /// Opens the temporary file of the rows and removes its name at once: the open handle keeps the file, and the
    /// system frees it when the process ends in any way (an interrupted scan leaves nothing behind).
    init(writer: HTMLReportWriter) throws {
        self.writer = writer
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-rows-\(UUID().uuidString).html")
        rowsPath = file.path
        // Readable by this user only: the rows list a portfolio's components, and the folder is shared.
        guard FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forUpdating: file) else {
            try? FileManager.default.removeItem(at: file)
            throw OutputError(message: "cannot create the temporary file '\(file.path)'")
        }
        try? FileManager.default.removeItem(at: file)
        rows = handle
    }

    deinit {
        try? rows.close()
    }

    /// Writes the component rows of one system; systems are added in the order of the report's systems.
    func add(_ system: SystemResult) throws {
        do {
            try rows.write(contentsOf: writer.componentRows(of: system.inventory, classified: system.classified))
        } catch {
            throw OutputError(message: "cannot write the temporary file '\(rowsPath)': \(error.localizedDescription)")
        }
        count += system.inventory.components.count
    }

    /// Writes the report of `input` (the portfolio without components) with the rows added, to `file` or
    /// standard output.
    func write(_ input: ReportInput, context: ReportContext, to file: String?) throws {
        try OutputSink.write(to: file) { output in
            // The page before the rows goes to the file as it is laid out; the page after them is small.
            let tail = try writer.write(input, context: context, streamedRows: HTMLStreamedRows(count: count, classified: true),
                                        to: ReportOutput(output))
            try rows.seek(toOffset: 0)
            while let chunk = try rows.read(upToCount: 1 << 20), !chunk.isEmpty {
                try output.write(contentsOf: chunk)
            }
            try output.write(contentsOf: tail)
        }
    }
}
