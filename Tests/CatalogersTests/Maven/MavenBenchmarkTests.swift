import Catalogers
import Foundation
import Testing

/// Times the effective models of a large build. Runs only when `SOVSCAN_MAVEN_BENCH` names a folder (for example
/// `../shared/bench/corpus/big/nifi`); use a release build: `swift test -c release --filter MavenBenchmarkTests`.
@Suite struct MavenBenchmarkTests {
    @Test func effectiveModelsOfALargeBuild() {
        guard let root = ProcessInfo.processInfo.environment["SOVSCAN_MAVEN_BENCH"], !root.isEmpty else {
            print("skipped: SOVSCAN_MAVEN_BENCH is not set")
            return
        }
        let poms = Discovery().manifests(under: root).files.filter { $0.kind == .mavenPOM }.map(\.relativePath)
        let start = DispatchTime.now().uptimeNanoseconds
        let resolution = MavenBuildResolver.resolve(pomPaths: poms, root: root, options: CatalogOptions(),
                                                    resolveDependencies: false)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "MAVEN-BENCH poms=%d parsed=%d projects=%d seconds=%.3f poms/s=%.0f diagnostics=%d",
                     poms.count, resolution.parsedPOMCount, resolution.projects.count, seconds,
                     Double(resolution.parsedPOMCount) / seconds, resolution.diagnostics.count))
        #expect(resolution.projects.count > 0)
    }
}
