import CCurl
import Foundation

/// One libcurl easy handle, reused for many transfers so that connections are kept alive. Not thread-safe: one
/// thread uses a handle at a time (the client hands them out).
final class CurlTransfer {
    private let handle: UnsafeMutableRawPointer
    private let configuration: HTTPClientConfiguration
    private let api: UnsafePointer<sovscan_curl_api>

    /// `nil` when libcurl cannot make a handle.
    init?(configuration: HTTPClientConfiguration, library: CurlLibrary) {
        guard let handle = sovscan_curl_easy_init(library.api) else { return nil }
        self.handle = handle
        self.configuration = configuration
        api = library.api
    }

    deinit { sovscan_curl_easy_cleanup(api, handle) }

    /// Performs one GET (following at most the configured redirects) and returns the final response.
    func perform(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPFailure> {
        let lowered = request.url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return .failure(.unsupportedURL) }
        sovscan_curl_easy_reset(api, handle)
        let sink = ResponseSink(limit: configuration.maximumBodySize)
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { sovscan_curl_slist_free_all(api, headerList) }
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            headerList = sovscan_curl_slist_append(api, headerList, "\(name): \(value)")
        }
        configure(request, sink: box.toOpaque(), headers: headerList)
        let code = sovscan_curl_easy_perform(api, handle)
        // The handle keeps no pointer to this transfer's header list or sink once it is done.
        _ = sovscan_curl_setopt_pointer(api, handle, CURLOPT_HTTPHEADER, nil)
        _ = sovscan_curl_setopt_pointer(api, handle, CURLOPT_WRITEDATA, nil)
        _ = sovscan_curl_setopt_pointer(api, handle, CURLOPT_HEADERDATA, nil)
        if code != CURLE_OK {
            return .failure(failure(code, sink: sink, secure: lowered.hasPrefix("https://")))
        }
        var status = 0
        _ = sovscan_curl_getinfo_long(api, handle, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: sink.headers, body: sink.body))
    }

    private func configure(_ request: HTTPRequest, sink: UnsafeMutableRawPointer,
                           headers: UnsafeMutablePointer<curl_slist>?) {
        let secure = request.url.lowercased().hasPrefix("https://")
        _ = sovscan_curl_setopt_string(api, handle, CURLOPT_URL, request.url)
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_NOSIGNAL, 1)
        _ = sovscan_curl_setopt_string(api, handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_MAXREDIRS, configuration.maximumRedirects)
        // Never from https down to http: a redirect may only keep or raise the protection.
        _ = sovscan_curl_setopt_string(api, handle, CURLOPT_REDIR_PROTOCOLS_STR, secure ? "https" : "http,https")
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000))
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_TIMEOUT_MS, Int(configuration.totalTimeout * 1000))
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_LOW_SPEED_TIME, configuration.stallSeconds)
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_LOW_SPEED_LIMIT, configuration.stallBytesPerSecond)
        _ = sovscan_curl_setopt_offset(api, handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maximumBodySize))
        _ = sovscan_curl_setopt_string(api, handle, CURLOPT_ACCEPT_ENCODING, "")
        _ = sovscan_curl_setopt_string(api, handle, CURLOPT_USERAGENT, configuration.userAgent)
        _ = sovscan_curl_setopt_long(api, handle, CURLOPT_TCP_KEEPALIVE, 1)
        if let caBundle = configuration.caBundle, !caBundle.isEmpty {
            _ = sovscan_curl_setopt_string(api, handle, CURLOPT_CAINFO, caBundle)
        }
        if let credentials = request.credentials {
            _ = sovscan_curl_setopt_string(api, handle, CURLOPT_USERNAME, credentials.username)
            _ = sovscan_curl_setopt_string(api, handle, CURLOPT_PASSWORD, credentials.password)
            // Credentials go only to the host they were given for, not to a redirect target.
            _ = sovscan_curl_setopt_long(api, handle, CURLOPT_UNRESTRICTED_AUTH, 0)
        }
        if let headers { _ = sovscan_curl_setopt_pointer(api, handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers)) }
        _ = sovscan_curl_setopt_write_callback(api, handle, curlBodyCallback)
        _ = sovscan_curl_setopt_pointer(api, handle, CURLOPT_WRITEDATA, sink)
        _ = sovscan_curl_setopt_header_callback(api, handle, curlHeaderCallback)
        _ = sovscan_curl_setopt_pointer(api, handle, CURLOPT_HEADERDATA, sink)
    }

    /// The failure of a transfer. The text is libcurl's fixed description of the code (curl's detailed message
    /// holds timings and would make two failing runs' reports differ).
    private func failure(_ code: CURLcode, sink: ResponseSink, secure: Bool) -> HTTPFailure {
        let text = String(cString: sovscan_curl_easy_strerror(api, code))
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut(text)
        case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects
        case CURLE_FILESIZE_EXCEEDED: return .tooLarge(limit: configuration.maximumBodySize)
        case CURLE_WRITE_ERROR where sink.exceeded: return .tooLarge(limit: configuration.maximumBodySize)
        case CURLE_UNSUPPORTED_PROTOCOL where secure: return .insecureRedirect
        default: return .transport(text)
        }
    }
}

/// Collects the body and headers of one transfer.
final class ResponseSink {
    let limit: Int
    var body: [UInt8] = []
    var headers: [String: String] = [:]
    var exceeded = false

    init(limit: Int) { self.limit = limit }
}

/// Appends body bytes; returning less than given makes libcurl abort with a write error (the size cap).
private let curlBodyCallback: sovscan_curl_write_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    if sink.body.count + length > sink.limit {
        sink.exceeded = true
        return 0
    }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        sink.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
    return length
}

/// Keeps the headers of the last response (a redirect starts a new header block with its status line).
private let curlHeaderCallback: sovscan_curl_write_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
    if line.hasPrefix("HTTP/") {
        sink.headers = [:]
    } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        if !name.isEmpty { sink.headers[name] = value }
    }
    return length
}
