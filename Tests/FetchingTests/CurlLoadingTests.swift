import Fetching
import Foundation
import Testing

/// libcurl is opened at the first transfer: a missing or wrong library is a failure of every request (one
/// diagnostic per server), never a crash, and a scan that fetches nothing never loads it.
@Suite struct CurlLoadingTests {
    private static func client(library: String) -> HTTPClient {
        var configuration = HTTPClientConfiguration()
        configuration.curlLibrary = library
        configuration.retries = 0
        return HTTPClient(configuration: configuration)
    }

    @Test func aMissingLibraryFailsEachRequestWithTheLoadersMessage() throws {
        let client = Self.client(library: "libsovscan-absent-curl.so.4")
        let outcomes = client.getAll((1...3).map { HTTPRequest(url: "http://127.0.0.1:9/\($0).json") })
        #expect(outcomes.count == 3)
        for outcome in outcomes {
            guard case .clientMissing(let message) = outcome.failureValue else {
                Issue.record("expected .clientMissing, got \(outcome)")
                continue
            }
            #expect(message.contains("libsovscan-absent-curl.so.4"))
        }
        #expect(client.attemptsMade == 0, "no request went out")
        let log = FetchLog()
        for (index, outcome) in outcomes.enumerated() {
            if let failure = outcome.failureValue { log.record(failure, url: "http://127.0.0.1:9/\(index + 1).json") }
        }
        let diagnostics = log.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.contains("3 requests to http://127.0.0.1:9 failed: libcurl could not be loaded") == true)
        #expect(diagnostics.first?.message.contains("install libcurl4") == true)
    }

    @Test func aLibraryWithoutCurlsFunctionsIsMissingToo() throws {
        // zlib is on every machine that has libxml2, and has none of libcurl's functions.
        let outcome = Self.client(library: "libz.so.1").get(HTTPRequest(url: "http://127.0.0.1:9/a.json"))
        guard case .clientMissing(let message) = outcome.failureValue else {
            Issue.record("expected .clientMissing, got \(outcome)")
            return
        }
        #expect(message.contains("curl_global_init"))
    }

    @Test func anOfflineScanNeverLoadsLibcurl() throws {
        let folder = try TemporaryFolder()
        try folder.write("app/package.json", #"{"name":"app","version":"1.0.0","dependencies":{"ms":"^2.1.3"}}"#)
        try folder.write("app/package-lock.json", """
            {"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{
            "":{"name":"app","version":"1.0.0","dependencies":{"ms":"^2.1.3"}},
            "node_modules/ms":{"version":"2.1.3","license":"MIT"}}}
            """)
        let cache = folder.url.appendingPathComponent("cache").path
        let run = try SovScanProcess.run(["scan", folder.url.appendingPathComponent("app").path, "--cache", cache,
                                          "--format", "json:" + folder.url.appendingPathComponent("scan.json").path],
                                         environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        // The loader's trace names every library it opens; libc is always among them.
        #expect(run.stderr.contains("file=libc.so.6"))
        #expect(!run.stderr.contains("libcurl"))
        let scan = try String(contentsOf: folder.url.appendingPathComponent("scan.json"), encoding: .utf8)
        #expect(scan.contains("pkg:npm/ms@2.1.3"))
    }
}
