import Foundation
import Reporting
import SovScanKit

/// A portfolio's single-file HTML report written without holding every system's components (issue 17): each
/// system's component rows go to a temporary file as the system is done (`add`), and `write` puts the page
/// (`HTMLReportWriter.write(_:context:streamedRows:)`) around them. The bytes are those `HTMLReportWriter.write`
/// makes from the whole portfolio held in memory.
final class HTMLStreamedReport {
    let writer: HTMLReportWriter
    private let rowsFile: URL
    private let rows: FileHandle
    /// The rows written so far: the components of the systems added.
    private(set) var count = 0

    /// Opens the temporary file of the rows.
    init(writer: HTMLReportWriter) throws {
        self.writer = writer
        rowsFile = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-rows-\(UUID().uuidString).html")
        // Readable by this user only: the rows list a portfolio's components, and the folder is shared.
        guard FileManager.default.createFile(atPath: rowsFile.path, contents: nil,
                                             attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forWritingTo: rowsFile) else {
            throw OutputError(message: "cannot create the temporary file '\(rowsFile.path)'")
        }
        rows = handle
    }

    deinit {
        try? rows.close()
        try? FileManager.default.removeItem(at: rowsFile)
    }

    /// Writes the component rows of one system; systems are added in the order of the report's systems.
    func add(_ system: SystemResult) throws {
        do {
            try rows.write(contentsOf: writer.componentRows(of: system.inventory, classified: system.classified))
        } catch {
            throw OutputError(message: "cannot write the temporary file '\(rowsFile.path)': \(error.localizedDescription)")
        }
        count += system.inventory.components.count
    }

    /// Writes the report of `input` (the portfolio without components) with the rows added, to `file` or
    /// standard output.
    func write(_ input: ReportInput, context: ReportContext, to file: String?) throws {
        let page = writer.write(input, context: context, streamedRows: HTMLStreamedRows(count: count, classified: true))
        try OutputSink.write(to: file) { output in
            try output.write(contentsOf: page.head)
            let reader = try FileHandle(forReadingFrom: rowsFile)
            defer { try? reader.close() }
            while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
                try output.write(contentsOf: chunk)
            }
            try output.write(contentsOf: page.tail)
        }
    }
}
