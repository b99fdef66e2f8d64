import Analysis
import ArgumentParser
import Foundation
import PortfolioStore

/// `sovscan exit-plans`: the exit-plan register held against the bindings recorded in a store.
struct ExitPlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exit-plans",
        abstract: "Check the exit-plan register against the platform bindings of every system in a store.",
        discussion: """
        Reads the register (--register, default exit-plans.yml; see docs/history.md) and the latest run of every
        system in the store, and lists each binding with the plan that covers it: bindings without a plan
        (no-plan), plans never tested or last tested more than a year ago (untested), and plans whose last test
        is longer ago than their horizon (past-horizon); then plans that cover no binding. The day is
        SOURCE_DATE_EPOCH's when set.

        Formats: table (default), csv (the register in the shape of DORA's register of information, template
        B_07.01: function, ICT service, provider, exit plan, last test).

        Exit codes: 0 every binding has a plan in order, 1 a binding has a problem, 2 the store or the register
        cannot be used, 3 part of the register could not be read.

        Examples:
          sovscan exit-plans --register exit-plans.yml --store sqlite:/srv/sovscan.sqlite
          sovscan exit-plans --store postgres://sovscan@db:5432/sovscan --format csv:dora-register.csv
        """
    )

    @Option(name: .long, help: ArgumentHelp("The exit-plan register (YAML).", valueName: "file"))
    var register: String = "exit-plans.yml"

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Output format (table or csv), optionally with a file: FORMAT[:FILE]. Repeatable.", valueName: "format[:file]"))
    var format: [String] = []

    func run() throws {
        let requests = try format.isEmpty ? [(name: "table", file: String?.none)] : format.map(Self.request)
        if requests.filter({ $0.file == nil }).count > 1 {
            throw ValidationError("only one format can go to standard output; give the others a file (FORMAT:FILE)")
        }
        guard FileManager.default.fileExists(atPath: register) else {
            FileHandle.standardError.write(Data("error: \(register): the exit-plan register does not exist\n".utf8))
            throw ExitCode(2)
        }
        let loaded = ExitPlanRegister.load(file: register)
        for diagnostic in loaded.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
        let location = try storeOptions.location(repository: ".") ?? StoreLocation.parse("", repository: ".")
        let runs: [RunRecord]
        do {
            runs = try RunStore.open(location, create: false).latestRuns(detail: .full)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let review = ExitPlanReview(register: loaded, runs: runs, today: RunClock.now())
        for request in requests {
            let data = request.name == "csv" ? ExitPlanCSVWriter().write(review) : Data(ExitPlanTableWriter().write(review).utf8)
            try OutputSink.write(data, to: request.file)
        }
        if !loaded.isComplete { throw ExitCode(3) }
        if !review.problems.isEmpty { throw ExitCode(1) }
    }

    private static func request(_ text: String) throws -> (name: String, file: String?) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first, ["table", "csv"].contains(name) else {
            throw ValidationError("exit-plans formats are table and csv, not '\(text)'")
        }
        return (name, parts.count > 1 ? parts[1] : nil)
    }
}
