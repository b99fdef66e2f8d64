import Foundation

/// Writes a report to a file or to standard output.
enum OutputSink {
    static func write(_ data: Data, to file: String?) throws {
        guard let file else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw OutputError(message: "cannot write '\(file)': \(error.localizedDescription)")
        }
    }
}

/// A report could not be written (exit 2: the user named a place that cannot be written).
struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
