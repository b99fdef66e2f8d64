import Foundation

/// The licence text index (`Rules/licenses/text-index.json`, about 2 MB), read the first time a licence text is
/// identified rather than at start: a scan without licence files never pays for it. Safe to share between threads;
/// the file is read once per process.
final class LazyLicenseTextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let load: @Sendable () -> Result<LicenseTextIndex, LicenseDataError>
    /// Guarded by `lock`.
    private var loaded: Result<LicenseTextIndex, LicenseDataError>?

    /// An index already in memory.
    init(loaded index: LicenseTextIndex) {
        load = { .success(index) }
        loaded = .success(index)
    }

    /// The index of a rules folder; only checks now that the file exists.
    init(rulesDirectory: URL) throws {
        let file = rulesDirectory.appendingPathComponent("licenses/text-index.json")
        load = {
            do {
                return .success(try LicenseTextIndex.load(rulesDirectory: rulesDirectory))
            } catch let error as LicenseDataError {
                return .failure(error)
            } catch {
                return .failure(LicenseDataError(file: file.path, message: "\(error)"))
            }
        }
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw LicenseDataError(file: file.path, message: "cannot read: the file does not exist")
        }
    }

    /// The index, or why it could not be read (the same answer every time).
    var value: Result<LicenseTextIndex, LicenseDataError> {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let result = load()
        loaded = result
        return result
    }
}
