import ArgumentParser
import Foundation
import SovScanModel

AllocatorSettings.apply()

// Exit codes follow DESIGN section 6; swift-argument-parser's own usage-error code (64) becomes 2.
do {
    var command = try SovScanCommand.parseAsRoot(StoreArgument.normalized(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    if SovScanCommand.exitCode(for: error) == .success {
        SovScanCommand.exit(withError: error)  // --help, --version
    }
    // A message may quote a purl or path from the scanned repository: each line is sanitised.
    let lines = SovScanCommand.message(for: error).split(separator: "\n", omittingEmptySubsequences: false)
    let message = lines.map { TerminalText.sanitise(String($0)) }.joined(separator: "\n")
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    if SovScanCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data("(see 'sovscan help' for usage)\n".utf8))
    }
    Foundation.exit(2)
}
