import Catalogers
import Foundation
import SovScanModel

/// One system to scan: its root folder and the manifests found in it.
struct ScanTarget: Sendable {
    /// The system's name: the folder's name.
    var name: String
    /// The absolute root folder.
    var root: String
    /// The root as the user gave it, for reports.
    var displayRoot: String
    var manifests: [ManifestFile]
    var diagnostics: [Diagnostic]

    /// Finds the manifests of `path`: a folder is walked; a manifest file is taken alone.
    static func make(path: String, discovery: Discovery) -> Result<ScanTarget, Diagnostic> {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, "the path does not exist", at: SourceLocation(file: path), detail: DiagnosticDetail(.pathMissing)))
        }
        if isDirectory.boolValue {
            let found = discovery.manifests(under: absolute)
            let name = URL(fileURLWithPath: absolute).lastPathComponent
            return .success(ScanTarget(name: name, root: absolute, displayRoot: path, manifests: found.files,
                                       diagnostics: found.diagnostics))
        }
        let file = URL(fileURLWithPath: absolute)
        guard let kind = ManifestKind(fileName: file.lastPathComponent) else {
            return .failure(Diagnostic(.error, "not a manifest sovscan reads (\(ManifestKind.allCases.map(\.rawValue).sorted().joined(separator: ", ")))",
                                       at: SourceLocation(file: path)))
        }
        let root = file.deletingLastPathComponent().path
        let name = URL(fileURLWithPath: root).lastPathComponent
        return .success(ScanTarget(name: name, root: root, displayRoot: path,
                                   manifests: [ManifestFile(relativePath: file.lastPathComponent, kind: kind)],
                                   diagnostics: []))
    }
}
