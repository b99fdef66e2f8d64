import Catalogers
import Foundation
import Testing

/// Modules that are each the parent of the next and depend on it (issue 20): module n inherits n - 1 direct
/// dependencies, so the resolved output grows with the square of the chain. The resolver's time must grow with
/// that output, not faster: four times the modules is sixteen times the output, and the resolution may take at
/// most 2.5 times that factor in CPU time (a debug build measured 30x; a cubic resolver tends to 64x).
@Suite(.serialized) struct MavenChainScalingTests {
    /// The CPU time of resolving a chain of `count` modules, and how many dependencies it resolved.
    private func resolve(chainOf count: Int) throws -> (seconds: Double, dependencies: Int) {
        let chain = try ModuleChain(count: count)
        defer { chain.remove() }
        let poms = ["pom.xml"] + (1...count).map { "m\($0)/pom.xml" }
        let start = Self.cpuSeconds()
        let resolution = MavenBuildResolver.resolve(pomPaths: poms, root: chain.root,
                                                    options: CatalogOptions(mavenRepository: chain.root + "/m2"))
        let seconds = Self.cpuSeconds() - start
        #expect(resolution.diagnostics.isEmpty, "\(resolution.diagnostics.prefix(3))")
        return (seconds, resolution.projects.reduce(0) { $0 + $1.dependencies.count })
    }

    @Test func resolutionTimeGrowsWithTheOutput() throws {
        _ = try resolve(chainOf: 20)  // warms up the code paths
        let small = try resolve(chainOf: 100)
        let large = try resolve(chainOf: 400)
        // Module n resolves its n - 1 ancestors, each once.
        #expect(small.dependencies == 100 * 99 / 2)
        #expect(large.dependencies == 400 * 399 / 2)
        let ratio = large.seconds / max(small.seconds, 0.001)
        print(String(format: "MAVEN-CHAIN 100 modules %.3f s, 400 modules %.3f s CPU: %.1fx for 16x the output",
                     small.seconds, large.seconds, ratio))
        #expect(ratio < 40, "400 modules took \(ratio)x the CPU time of 100 (the output is 16x)")
    }

    /// CPU time of the calling thread: the machine is shared and other tests run beside this one, so neither
    /// wall time nor the process's CPU time says much.
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
