import Foundation
import SovScanModel

/// The package a `module` block's `source` names: a registry module (`[host/]namespace/name/system`), a GitHub
/// repository (`github.com/org/repo//sub?ref=v1`, `git::https://github.com/org/repo.git?ref=v1`), another git
/// or archive location; local paths (`./`, `../`) are the configuration's own code (`nil`).
enum TerraformModuleSource {
    static func purl(source: String, version: String?) -> (PackageURL, group: String?, name: String, version: String?)? {
        if source.hasPrefix("./") || source.hasPrefix("../") || source.hasPrefix("/") { return nil }
        var address = source
        for prefix in ["git::", "hg::", "s3::", "gcs::"] where address.hasPrefix(prefix) {
            address.removeFirst(prefix.count)
        }
        var ref = version
        if let question = address.firstIndex(of: "?") {
            for pair in address[address.index(after: question)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == "ref" { ref = String(parts[1]) }
            }
            address = String(address[..<question])
        }
        var subpath: String?
        for scheme in ["https://", "http://", "ssh://", "git@"] where address.hasPrefix(scheme) {
            address.removeFirst(scheme.count)
        }
        if let double = address.range(of: "//") {
            subpath = String(address[double.upperBound...])
            address = String(address[..<double.lowerBound])
        }
        address = address.replacingOccurrences(of: "github.com:", with: "github.com/")
        if address.hasSuffix(".git") { address.removeLast(4) }
        let parts = address.split(separator: "/").map(String.init)
        if parts.first == "github.com", parts.count >= 3 {
            guard let purl = try? PackageURL(type: "github", namespace: parts[1], name: parts[2], version: ref,
                                             subpath: subpath) else { return nil }
            return (purl, parts[1], parts[2], ref)
        }
        let isRegistry = !source.contains("::") && !source.contains("://") && (parts.count == 3
            || (parts.count == 4 && parts[0].contains(".")))
        let full = isRegistry && parts.count == 3 ? [TerraformProviderAddress.defaultHostname] + parts : parts
        guard full.count >= 2, let name = full.last else { return nil }
        let group = full.dropLast().joined(separator: "/")
        guard let purl = try? PackageURL(type: "generic", namespace: group, name: name, version: ref, subpath: subpath)
        else { return nil }
        return (purl, group, name, ref)
    }
}
