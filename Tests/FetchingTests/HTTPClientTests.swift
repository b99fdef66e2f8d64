import Fetching
import Foundation
import SovScanModel
import Testing

/// The libcurl client against a real HTTP server on loopback, healthy and faulty.
@Suite(.serialized) struct HTTPClientTests {
    /// Short limits so that faults resolve in seconds.
    static var testConfiguration: HTTPClientConfiguration {
        var configuration = HTTPClientConfiguration()
        configuration.connectTimeout = 2
        configuration.totalTimeout = 6
        configuration.stallSeconds = 2
        configuration.retries = 2
        configuration.backoffBase = 0.05
        configuration.maximumRetryAfter = 2
        configuration.maximumBodySize = 1 << 20
        return configuration
    }

    private func server() throws -> (LoopbackServer, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("docs/a.json", #"{"name":"a","version":"1.0.0","license":"MIT"}"#)
        return (try LoopbackServer(root: folder.url), folder)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func servesFilesAndStatuses() throws {
        let (server, folder) = try server()
        defer { withExtendedLifetime(folder) {} }
        let client = HTTPClient(configuration: Self.testConfiguration)
        let found = try client.get(HTTPRequest(url: server.url + "/docs/a.json")).get()
        #expect(found.status == 200)
        #expect(String(decoding: found.body, as: UTF8.self).contains("\"MIT\""))
        #expect(found.headers["etag"] != nil)
        let missing = try client.get(HTTPRequest(url: server.url + "/docs/none.json")).get()
        #expect(missing.status == 404)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func retriesServerErrorsThenSucceeds() throws {
        let (server, folder) = try server()
        defer { withExtendedLifetime(folder) {} }
        let client = HTTPClient(configuration: Self.testConfiguration)
        let response = try client.get(HTTPRequest(url: server.url + "/fault/flaky/2/docs/a.json")).get()
        #expect(response.status == 200)
        #expect(client.attemptsMade == 3)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func givesUpAfterTheRetries() throws {
        let (server, folder) = try server()
        defer { withExtendedLifetime(folder) {} }
        let client = HTTPClient(configuration: Self.testConfiguration)
        let response = try client.get(HTTPRequest(url: server.url + "/fault/status/503/docs/a.json")).get()
        #expect(response.status == 503)
        #expect(client.attemptsMade == 3)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func honoursRetryAfter() throws {
        let (server, folder) = try server()
        defer { withExtendedLifetime(folder) {} }
        let client = HTTPClient(configuration: Self.testConfiguration)
        let start = Date()
        let response = try client.get(HTTPRequest(url: server.url + "/fault/retry-after/1/docs/a.json")).get()
        #expect(response.status == 200)
        #expect(client.attemptsMade == 2)
        // The server asked for one second; the backoff alone would have waited about 0.05 s.
        #expect(Date().timeIntervalSince(start) >= 0.9)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func abandonsAStalledServer() throws {
        let (server, folder) = try server()
        defer { withExtendedLifetime(folder) {} }
        var configuration = Self.testConfiguration
        configuration.retries = 0
        let client = HTTPClient(configuration: configuration)
        let outcome = client.get(HTTPRequest(url: server.url + "/fault/stall/docs/a.json"))
        guard case .failure(.timedOut) = outcome else {
            Issue.record("expected a time-out, got \(outcome)")
            return
        }
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func refusesHugeTruncatedAndEndlessAnswers() throws {
        let (server, folder) = try server()
        defer { withExtendedLifetime(folder) {} }
        var configuration = Self.testConfiguration
        configuration.retries = 0
        let client = HTTPClient(configuration: configuration)
        let huge = client.get(HTTPRequest(url: server.url + "/fault/huge/x"))
        #expect(huge.failureValue == .tooLarge(limit: 1 << 20))
        let truncated = client.get(HTTPRequest(url: server.url + "/fault/truncate/docs/a.json"))
        guard case .failure(.transport) = truncated else {
            Issue.record("a truncated body must fail, got \(truncated)")
            return
        }
        #expect(client.get(HTTPRequest(url: server.url + "/fault/redirect-loop/x")).failureValue == .tooManyRedirects)
        let redirected = try client.get(HTTPRequest(url: server.url + "/fault/redirect/3/docs/a.json")).get()
        #expect(redirected.status == 200)
        #expect(client.get(HTTPRequest(url: server.url + "/fault/redirect/7/docs/a.json")).failureValue == .tooManyRedirects)
    }

    @Test func connectionRefusedIsAFailureNotAHang() throws {
        let port = try Self.closedPort()
        var configuration = Self.testConfiguration
        configuration.retries = 1
        let client = HTTPClient(configuration: configuration)
        let outcome = client.get(HTTPRequest(url: "http://127.0.0.1:\(port)/x"))
        guard case .failure(.transport(let message)) = outcome else {
            Issue.record("expected a connection failure, got \(outcome)")
            return
        }
        #expect(message.lowercased().contains("connect"))
        #expect(client.attemptsMade == 2)
    }

    @Test func stopsAskingAServerThatKeepsFailing() throws {
        let port = try Self.closedPort()
        var configuration = Self.testConfiguration
        configuration.retries = 0
        configuration.unreachableAfter = 2
        configuration.maximumConcurrentTransfers = 1
        let client = HTTPClient(configuration: configuration)
        let outcomes = client.getAll((0..<6).map { HTTPRequest(url: "http://127.0.0.1:\(port)/p\($0)") })
        #expect(client.attemptsMade == 2, "two failures in a row, then the server is not asked again")
        #expect(outcomes.suffix(4).allSatisfy { $0.failureValue == .unreachable })
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func neverFollowsARedirectFromHTTPSDownToHTTP() throws {
        let folder = try TemporaryFolder()
        try folder.write("docs/a.json", #"{"ok":true}"#)
        let certificate = folder.path + "/cert.pem", key = folder.path + "/key.pem"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0, "openssl made no certificate")
        let secure = try LoopbackServer(root: folder.url, tls: (certificate, key))
        let plain = try LoopbackServer(root: folder.url)
        var configuration = Self.testConfiguration
        configuration.caBundle = certificate
        let client = HTTPClient(configuration: configuration)
        let direct = try client.get(HTTPRequest(url: secure.url + "/docs/a.json")).get()
        #expect(direct.status == 200, "the CA bundle of the configuration is used")
        let downgraded = client.get(HTTPRequest(url: secure.url + "/fault/to-http/\(plain.port)/docs/a.json"))
        #expect(downgraded.failureValue == .insecureRedirect)
        #expect(try plain.requestCount() == 0)
        // From http, a redirect to http is fine.
        let fromPlain = try client.get(HTTPRequest(url: plain.url + "/fault/to-http/\(plain.port)/docs/a.json")).get()
        #expect(fromPlain.status == 200)
    }

    @Test func refusesOtherProtocols() {
        let client = HTTPClient(configuration: Self.testConfiguration)
        #expect(client.get(HTTPRequest(url: "file:///etc/passwd")).failureValue == .unsupportedURL)
        #expect(client.get(HTTPRequest(url: "ftp://127.0.0.1/x")).failureValue == .unsupportedURL)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func fetchesManyInParallelInOrder() throws {
        let folder = try TemporaryFolder()
        for index in 0..<60 { try folder.write("n/\(index).json", "{\"n\":\(index)}") }
        let server = try LoopbackServer(root: folder.url, latencyMilliseconds: 20)
        let client = HTTPClient(configuration: Self.testConfiguration)
        let requests = (0..<60).map { HTTPRequest(url: server.url + "/n/\($0).json") }
        let outcomes = client.getAll(requests)
        #expect(outcomes.count == 60)
        for (index, outcome) in outcomes.enumerated() {
            #expect((try? outcome.get()).map { String(decoding: $0.body, as: UTF8.self) } == "{\"n\":\(index)}")
        }
        #expect(try server.requestCount() == 60)
    }

    /// A loopback port that nothing listens on.
    static func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0
                && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

extension Result {
    /// The failure, or `nil` on success.
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
