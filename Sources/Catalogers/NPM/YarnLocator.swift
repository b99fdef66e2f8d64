import Foundation

/// The local-folder descriptors of a yarn.lock (`name@portal:./lib::locator=app%40workspace%3A.`,
/// `name@link:../x`, `name@file:./vendor/y`) and the parameters berry appends to locators.
struct YarnLocator: Hashable, Sendable {
    /// The reference as declared, without berry's parameters (`portal:./lib`).
    let reference: String
    /// The folder relative to the lockfile's folder (resolved against the declaring workspace).
    let folder: String

    /// The version berry gives packages it does not install from a registry.
    static let placeholderVersion = "0.0.0-use.local"

    /// Reads a descriptor; `nil` unless it names a local folder (`file:` tarballs are packages, not folders).
    init?(localFolderIn descriptor: String) {
        let range = Self.bare(YarnDescriptor(descriptor).range)
        guard let colon = range.firstIndex(of: ":"),
              ["portal", "link", "file"].contains(range[..<colon]) else { return nil }
        let path = String(range[range.index(after: colon)...])
        let lowered = path.lowercased()
        guard !path.isEmpty, !lowered.hasSuffix(".tgz"), !lowered.hasSuffix(".tar.gz"), !path.hasPrefix("/") else {
            return nil
        }
        reference = range
        folder = NPMPath.join(Self.workspacePath(of: descriptor) ?? "", path)
    }

    /// A descriptor without the parameters berry appends after `::`, with `%3A` read as `:` (berry writes the
    /// `npm:` inside a `patch:` locator both ways).
    static func bare(_ descriptor: String) -> String {
        var text = descriptor
        if let parameters = text.range(of: "::") { text = String(text[..<parameters.lowerBound]) }
        return text.replacingOccurrences(of: "%3A", with: ":")
    }

    /// The workspace folder a `::locator=<name>@workspace:<path>` parameter names (`""` for the root); `nil`
    /// without one.
    static func workspacePath(of descriptor: String) -> String? {
        guard let parameters = descriptor.range(of: "::") else { return nil }
        for parameter in descriptor[parameters.upperBound...].split(separator: "&") where parameter.hasPrefix("locator=") {
            let locator = String(parameter.dropFirst("locator=".count)).removingPercentEncoding ?? ""
            guard let marker = locator.range(of: "@workspace:") else { return nil }
            let path = String(locator[marker.upperBound...])
            return path == "." ? "" : NPMPath.join(path)
        }
        return nil
    }
}
