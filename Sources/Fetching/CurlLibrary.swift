import CCurl
import Foundation

/// libcurl, opened at the first transfer (`dlopen`) instead of linked, so a scan that fetches nothing never loads
/// it or the thirty-odd libraries it depends on. Each library path is opened once per process and stays open;
/// `curl_global_init` runs once, right after the opening.
final class CurlLibrary: @unchecked Sendable {
    /// The name the dynamic loader searches for: the ABI of every libcurl 7 and 8 (Debian's `libcurl4`).
    static let defaultPath = "libcurl.so.4"

    /// The looked-up functions; allocated once and never freed, like the library itself.
    let api: UnsafePointer<sovscan_curl_api>

    private init(api: UnsafePointer<sovscan_curl_api>) { self.api = api }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var opened: [String: Result<CurlLibrary, HTTPFailure>] = [:]

    /// The library at `path`, opened on the first call for that path; a library that cannot be opened or lacks
    /// a function is `.clientMissing` with the loader's message (asked again it gives the same answer).
    static func open(_ path: String = defaultPath) -> Result<CurlLibrary, HTTPFailure> {
        lock.withLock {
            if let known = opened[path] { return known }
            let table = UnsafeMutablePointer<sovscan_curl_api>.allocate(capacity: 1)
            table.initialize(to: sovscan_curl_api())
            let outcome: Result<CurlLibrary, HTTPFailure>
            if let message = sovscan_curl_open(path, table) {
                table.deallocate()
                outcome = .failure(.clientMissing(String(cString: message)))
            } else {
                _ = sovscan_curl_global_init(table, Int(CURL_GLOBAL_DEFAULT))
                outcome = .success(CurlLibrary(api: UnsafePointer(table)))
            }
            opened[path] = outcome
            return outcome
        }
    }
}
