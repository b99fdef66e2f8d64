import Catalogers
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Times the effective models of a large build. Runs only when `SOVSCAN_MAVEN_BENCH` names a folder (for example
/// `../shared/bench/corpus/big/nifi`); with `SOVSCAN_MAVEN_BENCH_REPO` (a local repository) the dependencies are
/// resolved too. Use a release build: `swift test -c release --filter MavenBenchmarkTests`.
@Suite struct MavenBenchmarkTests {
    @Test func effectiveModelsOfALargeBuild() {
        guard let root = ProcessInfo.processInfo.environment["SOVSCAN_MAVEN_BENCH"], !root.isEmpty else {
            print("skipped: SOVSCAN_MAVEN_BENCH is not set")
            return
        }
        let poms = Discovery().manifests(under: root).files.filter { $0.kind == .mavenPOM }.map(\.relativePath)
        let baselineStart = Self.cpuSeconds()
        var parsed = 0
        for path in poms {
            if let data = FileManager.default.contents(atPath: root + "/" + path),
               (try? XMLDocument(data: data, options: [])) != nil { parsed += 1 }
        }
        let baseline = Self.cpuSeconds() - baselineStart
        let cpuStart = Self.cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let repository = ProcessInfo.processInfo.environment["SOVSCAN_MAVEN_BENCH_REPO"]
        let resolution = MavenBuildResolver.resolve(pomPaths: poms, root: root,
                                                    options: CatalogOptions(mavenRepository: repository),
                                                    resolveDependencies: repository != nil)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Self.cpuSeconds() - cpuStart
        let resolved = resolution.projects.reduce(0) { $0 + $1.dependencies.count }
        print(String(format: "MAVEN-BENCH poms=%d parsed=%d projects=%d resolved=%d wall=%.3fs cpu=%.3fs "
                     + "poms/cpu-s=%.0f diagnostics=%d foundation-xml-cpu=%.3fs (%d parsed)",
                     poms.count, resolution.parsedPOMCount, resolution.projects.count, resolved, seconds, cpu,
                     Double(resolution.parsedPOMCount) / cpu, resolution.diagnostics.count, baseline, parsed))
        #expect(resolution.projects.count > 0)
    }

    /// CPU time of this process: the machine is shared, so wall time says little.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
