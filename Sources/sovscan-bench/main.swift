import Catalogers
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reporting
import SovScanKit
import SovScanModel

// sovscan-bench CORPUS...: the stages of a scan of each corpus, in process, against two floors measured in the same
// run: reading every manifest's bytes, and parsing every manifest with Foundation (JSONSerialization for JSON,
// XMLParser for pom.xml). Each figure is the minimum of several runs (SOVSCAN_BENCH_RUNS, default 3).
// `sovscan-bench --floor CORPUS` prints only the parse floor in seconds (scripts/bench.sh divides whole processes
// by it). Whole processes and their peak memory are measured by scripts/bench.sh.

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

/// The manifests of a corpus and the time Foundation takes to parse them all.
func parseFloor(_ manifests: [ManifestFile], paths: [String]) -> Double {
    minimumSeconds {
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
}

func corpusFiles(_ corpus: String) -> (root: String, manifests: [ManifestFile], paths: [String]) {
    let root = URL(fileURLWithPath: corpus).standardizedFileURL.path
    let manifests = Discovery().manifests(under: root).files
    return (root, manifests, manifests.map { root + "/" + $0.relativePath })
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--floor", arguments.count == 2 {
    let corpus = corpusFiles(arguments[1])
    print(String(format: "%.4f", parseFloor(corpus.manifests, paths: corpus.paths)))
    exit(0)
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: sovscan-bench CORPUS_DIR... | sovscan-bench --floor CORPUS_DIR\n".utf8))
    exit(2)
}

// Start-up: the rules and licence data parsed from their YAML/JSON, and read from a warm compiled cache (as the
// command line does; see CompiledCache).
let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-bench-\(getpid())").path
var cachedOptions = ScanOptions()
cachedOptions.fetch.cacheDirectory = cacheFolder
var full = Scanner(options: cachedOptions)
let parsedLoad = minimumSeconds { _ = Scanner() }
// The compiled forms are decoded at their first use (issue 17): the figure includes that use.
let compiledLoad = minimumSeconds {
    full = Scanner(options: cachedOptions)
    _ = (full.licenses, full.classification.classifier, full.setupDiagnostics)
}
print(String(format: "loading the bundled rules and licence data: %.4f s parsed, %.4f s compiled (cache)\n",
             parsedLoad, compiledLoad))

let catalogOnly = Scanner(options: full.options, catalogers: full.catalogers, licenses: nil, classification: full.classification)
let context = ReportContext(toolVersion: "bench", timestamp: Date(timeIntervalSince1970: 0))
print("corpus | manifests | MB | read bytes | Foundation parse | discover | catalog | licences | classify, analyse "
      + "| cyclonedx | json | html | in-process total | total/parse | components")
print("---|---|---|---|---|---|---|---|---|---|---|---|---|---|---")
for corpus in arguments {
    let (root, manifests, paths) = corpusFiles(corpus)
    var totalBytes = 0
    let readTime = minimumSeconds {
        totalBytes = 0
        for path in paths { totalBytes += FileManager.default.contents(atPath: path)?.count ?? 0 }
    }
    let parseTime = parseFloor(manifests, paths: paths)
    let discoverTime = minimumSeconds { _ = Discovery().manifests(under: root) }
    let catalogTime = minimumSeconds { _ = catalogOnly.scan(paths: [root]) }
    // The licence stage alone, on the cataloged systems (each run concludes a fresh copy).
    let cataloged = catalogOnly.scan(paths: [root])
    let licenceTime = minimumSeconds {
        guard let licenses = full.licenses else { return }
        for system in cataloged.systems {
            var enriched = system
            LicenseStage.enrich(&enriched, rootPath: root, files: FileReader(confinedTo: root), with: licenses)
        }
    }
    let inventory = full.scan(paths: [root])
    let analyseTime = minimumSeconds { _ = full.analyse(inventory) }
    let result = full.analyse(inventory)
    let input = ReportInput(inventory: result.inventory, classifications: result.classified, analysis: result.analysis)
    let cyclonedxTime = minimumSeconds {
        _ = try? CycloneDXJSONWriter().write(result.inventory, classifications: result.classified, context: context)
    }
    let jsonTime = minimumSeconds { _ = try? ScanJSONWriter().write(input, context: context) }
    let htmlTime = minimumSeconds { _ = HTMLReportWriter().write(input, context: context) }
    let total = catalogTime + licenceTime + analyseTime + cyclonedxTime + jsonTime + htmlTime
    let components = result.inventory.systems.reduce(0) { $0 + $1.components.count }
    print(String(format: "%@ | %d | %.1f | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.2fx | %d",
                 URL(fileURLWithPath: root).lastPathComponent, manifests.count, Double(totalBytes) / 1_048_576,
                 readTime, parseTime, discoverTime, catalogTime, licenceTime, analyseTime, cyclonedxTime,
                 jsonTime, htmlTime, total, total / parseTime, components))
}
try? FileManager.default.removeItem(atPath: cacheFolder)
