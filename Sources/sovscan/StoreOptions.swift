import ArgumentParser
import Foundation
import PortfolioStore
import SovScanKit

/// `--store [URL]`: where runs are recorded and read. Given without a URL, `.sovscan/history.sqlite` in the
/// scanned repository (see `StoreArgument.normalized`).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Record the run in (or read runs from) a store: a path, sqlite:PATH or postgres://user@host:port/db (password from PGPASSWORD or ~/.pgpass). Without URL (or 'default:'): .sovscan/history.sqlite in the scanned repository.", valueName: "url"))
    var store: String?

    /// The store named, relative to `repository` for the default file; `nil` without `--store`.
    func location(repository: String) throws -> StoreLocation? {
        guard let store else { return nil }
        do { return try StoreLocation.parse(store, repository: repository) } catch {
            throw ValidationError(String(describing: error))
        }
    }

    /// Records runs; on failure prints the store's error and returns false (the caller exits 2 after its other
    /// outputs are written).
    static func record(_ runs: [RunRecord], in location: StoreLocation, quiet: Bool) -> Bool {
        do {
            let ids = try RunStore.open(location, create: true).record(runs)
            if !quiet {
                let list = ids.map(String.init).joined(separator: ", ")
                FileHandle.standardError.write(Data("recorded \(ids.count) run\(ids.count == 1 ? "" : "s") (\(list)) in \(location)\n".utf8))
            }
            return true
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return false
        }
    }

    /// The recorder for runs of this sovscan with the given rules.
    static func recorder(source: String, ruleDirectories: [URL], readsGit: Bool = true) -> RunRecorder {
        RunRecorder(source: source, sovscanVersion: SovScanVersion.current,
                    rulesVersion: RulesFingerprint.of(directories: ruleDirectories), time: RunClock.now(), readsGit: readsGit)
    }
}

/// Lets `--store` stand without a value: before parsing, a `--store` that is last or followed by another option
/// gets the value `default:` (the default store of the scanned repository).
enum StoreArgument {
    static func normalized(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--store", next == nil || next?.hasPrefix("-") == true {
                result.append(StoreLocation.defaultMarker)
            }
        }
        return result
    }
}
