import Foundation

/// One GET request.
public struct HTTPRequest: Sendable, Hashable {
    /// The absolute `http` or `https` URL.
    public var url: String
    /// Extra request headers (`Accept`, `Authorization`, `If-None-Match` ...). Never printed.
    public var headers: [String: String]
    /// Basic-auth credentials (Maven `<server>`); never printed.
    public var credentials: HTTPCredentials?

    public init(url: String, headers: [String: String] = [:], credentials: HTTPCredentials? = nil) {
        self.url = url
        self.headers = headers
        self.credentials = credentials
    }
}

/// A user name and password for HTTP basic authentication.
public struct HTTPCredentials: Sendable, Hashable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// A completed HTTP exchange (any status).
public struct HTTPResponse: Sendable {
    /// The final status code after redirects.
    public var status: Int
    /// Response headers of the final response, names in lower case.
    public var headers: [String: String]
    /// The body, decompressed.
    public var body: [UInt8]

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }
}

/// Why a request gave no usable response.
public enum HTTPFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The connection failed or broke (refused, reset, DNS, TLS, truncated body).
    case transport(String)
    /// The connect or total timeout passed, or the server stalled.
    case timedOut(String)
    /// The body was larger than the configured cap.
    case tooLarge(limit: Int)
    /// More redirects than allowed.
    case tooManyRedirects
    /// A redirect from https to http (or to another protocol), refused.
    case insecureRedirect
    /// A status that is an answer but not a usable one (5xx after every retry, 401, 403, 429 after retries...).
    case status(Int)
    /// The URL is not an http or https URL.
    case unsupportedURL
    /// The answer arrived but is not a document of the expected kind (not JSON, not XML...).
    case invalidAnswer
    /// Not asked: the server failed to answer several requests in a row (connection errors, time-outs), so the
    /// rest of this run does not wait for it.
    case unreachable
    /// No request went out: libcurl (`libcurl.so.4`, Debian's `libcurl4`) could not be loaded; the loader's message.
    case clientMissing(String)

    public var description: String {
        switch self {
        case .transport(let message): "connection failed (\(message))"
        case .timedOut(let message): "timed out (\(message))"
        case .tooLarge(let limit): "the answer is larger than \(limit) bytes"
        case .tooManyRedirects: "too many redirects"
        case .insecureRedirect: "redirected from https to an insecure protocol (refused)"
        case .status(let code): "HTTP status \(code)"
        case .unsupportedURL: "not an http(s) URL"
        case .invalidAnswer: "the answer is not a valid document"
        case .unreachable: "not asked: the server did not answer several requests in a row"
        case .clientMissing(let message): "libcurl could not be loaded (\(message)); install libcurl4 to fetch"
        }
    }

    /// The kind of failure, for grouping diagnostics.
    public var kind: String {
        switch self {
        case .transport: "connection failed"
        case .timedOut: "timed out"
        case .tooLarge: "answer too large"
        case .tooManyRedirects: "too many redirects"
        case .insecureRedirect: "insecure redirect"
        case .status(let code): "HTTP \(code)"
        case .unsupportedURL: "unsupported URL"
        case .invalidAnswer: "invalid answer"
        case .unreachable: "server unreachable"
        case .clientMissing: "libcurl missing"
        }
    }
}

/// Limits and behaviour of the HTTP client.
public struct HTTPClientConfiguration: Sendable {
    /// Seconds to wait for a connection.
    public var connectTimeout: Double = 10
    /// Seconds one attempt may take in all.
    public var totalTimeout: Double = 60
    /// An attempt that receives fewer than `stallBytesPerSecond` for `stallSeconds` is abandoned.
    public var stallSeconds: Int = 20
    public var stallBytesPerSecond: Int = 1
    /// Redirects followed at most.
    public var maximumRedirects = 5
    /// Largest body accepted, in bytes.
    public var maximumBodySize = 32 << 20
    /// Attempts after the first one for connection errors, 5xx and 429.
    public var retries = 3
    /// The first backoff in seconds; it doubles per retry, with jitter of ±50%.
    public var backoffBase: Double = 0.5
    /// The longest wait a `Retry-After` header may ask for; longer asks are cut to this.
    public var maximumRetryAfter: Double = 30
    /// Transfers in flight at once in one batch (`getAll`).
    public var maximumConcurrentTransfers = 16
    /// After this many requests in a row to one server failed with a connection error or a time-out (each after
    /// its retries), the server is not asked again in this run.
    public var unreachableAfter = 3
    /// The `User-Agent` sent.
    public var userAgent = "sovscan"
    /// A CA bundle file (`CURL_CA_BUNDLE`, else `SSL_CERT_FILE`, else the system's).
    public var caBundle: String? = ProcessInfo.processInfo.environment["CURL_CA_BUNDLE"]
        ?? ProcessInfo.processInfo.environment["SSL_CERT_FILE"]
    /// The libcurl the client opens at its first request (`CurlLibrary`): a file name the dynamic loader
    /// searches for, or a path.
    public var curlLibrary = CurlLibrary.defaultPath

    public init() {}
}
