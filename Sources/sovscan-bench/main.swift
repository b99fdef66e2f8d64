import Catalogers
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SovScanKit

// sovscan-bench CORPUS...: times a whole scan of each corpus against two floors measured in the same run:
// reading every manifest's bytes, and parsing every manifest with Foundation (JSONSerialization for JSON,
// XMLParser for pom.xml). Each figure is the minimum of several runs. Peak memory of a whole `sovscan scan`
// process is measured by scripts/bench.sh.

let runs = Int(ProcessInfo.processInfo.environment["SOVSCAN_BENCH_RUNS"] ?? "") ?? 3

func minimumSeconds(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// Foundation's XML parser with no delegate work: the cost of reading the tree of a POM.
final class NullXMLDelegate: NSObject, XMLParserDelegate {}

var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: sovscan-bench CORPUS_DIR...\n".utf8))
    exit(2)
}
var full = Scanner()
let loadTime = minimumSeconds { full = Scanner() }
let catalogOnly = Scanner(options: full.options, catalogers: full.catalogers, licenses: nil, classification: full.classification)
print(String(format: "loading the bundled rules and licence data: %.3f s (once per process, not in the figures below)\n", loadTime))
print("corpus | manifests | MB | read bytes | Foundation parse | catalog | + licences | + classify, analyse | total/parse | components")
print("---|---|---|---|---|---|---|---|---|---")
for corpus in arguments {
    let root = URL(fileURLWithPath: corpus).standardizedFileURL.path
    let manifests = Discovery().manifests(under: root).files
    let paths = manifests.map { root + "/" + $0.relativePath }
    var totalBytes = 0
    let readTime = minimumSeconds {
        totalBytes = 0
        for path in paths { totalBytes += FileManager.default.contents(atPath: path)?.count ?? 0 }
    }
    let parseTime = minimumSeconds {
        for (manifest, path) in zip(manifests, paths) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            switch manifest.kind {
            case .mavenPOM:
                let parser = XMLParser(data: data)
                let delegate = NullXMLDelegate()
                parser.delegate = delegate
                _ = parser.parse()
            case .yarnLock, .pnpmLock, .swiftPackageManifest:
                _ = String(decoding: data, as: UTF8.self).split(separator: "\n").count
            default:
                _ = try? JSONSerialization.jsonObject(with: data)
            }
        }
    }
    var components = 0
    let catalogTime = minimumSeconds { _ = catalogOnly.scan(paths: [root]) }
    let enrichTime = minimumSeconds { _ = full.scan(paths: [root]) }
    let totalTime = minimumSeconds {
        let result = full.run(paths: [root])
        components = result.inventory.systems.reduce(0) { $0 + $1.components.count }
    }
    let megabytes = Double(totalBytes) / 1_048_576
    print(String(format: "%@ | %d | %.1f | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.2fx | %d",
                 URL(fileURLWithPath: root).lastPathComponent, manifests.count, megabytes, readTime, parseTime,
                 catalogTime, enrichTime, totalTime, totalTime / parseTime, components))
}
