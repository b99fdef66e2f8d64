import Foundation

/// URLs as they may appear in diagnostics and reports: without user information or query credentials.
public enum RedactedURL {
    /// `url` with any `user:password@` removed and the values of token-like query parameters replaced.
    public static func text(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "<unparseable URL>" }
        components.user = nil
        components.password = nil
        if let items = components.queryItems {
            components.queryItems = items.map { item in
                let name = item.name.lowercased()
                let secret = ["token", "access_token", "auth", "key", "password", "secret", "sig", "signature"]
                    .contains { name.contains($0) }
                return secret ? URLQueryItem(name: item.name, value: "***") : item
            }
        }
        return components.string ?? "<unparseable URL>"
    }

    /// `scheme://host[:port]` of a URL, for grouping failures per server.
    public static func origin(_ url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host
        else { return "<unparseable URL>" }
        return "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
    }
}
