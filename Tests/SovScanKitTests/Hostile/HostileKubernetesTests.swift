import Foundation
import Testing

/// Issue 21's hostile inputs: Kubernetes manifests, Helm templates and Azure Pipelines built to exhaust the
/// stack, the time or the memory of a scan. Each ends in time with a diagnostic; nothing crashes.
@Suite(.serialized) struct HostileKubernetesTests {
    @Test func manyDocumentsInOneManifestAreAllRead() throws {
        let repository = try HostileRepository()
        let documents = (0..<20_000).map {
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\($0)\nspec:\n  containers:\n    - name: c\n      image: registry.example.eu/app/p\($0):1.0\n"
        }
        try repository.write("deploy/all.yaml", documents.joined(separator: "---\n"))
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 120)
        #expect(!run.timedOut)
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        #expect(run.stdout.contains("pkg:docker/registry.example.eu/app/p0@1.0"))
        #expect(run.stdout.contains("pkg:docker/registry.example.eu/app/p19999@1.0"))
    }

    @Test func deepNestingInAManifestIsRefusedWithItsLine() throws {
        let repository = try HostileRepository()
        let deep = "apiVersion: v1\nkind: Pod\nspec: " + String(repeating: "[", count: 200_000) + "\n"
        try repository.write("deploy/deep.yaml", deep)
        let blocks = "apiVersion: v1\nkind: ConfigMap\ndata:\n" + (1...3000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
        try repository.write("deploy/indented.yaml", blocks)
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.status == 3)
        #expect(run.stderr.contains("deep.yaml:3: error: the YAML is nested too deeply"))
        #expect(run.stderr.contains("indented.yaml:") && run.stderr.contains("nested too deeply"))
    }

    @Test func aliasBombInAManifestIsRefused() throws {
        let repository = try HostileRepository()
        var text = "apiVersion: v1\nkind: ConfigMap\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 { text += "  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        try repository.write("deploy/bomb.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec:\n  containers: [{name: c, image: 'busybox:1.36'}]\n---\n" + text)
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.seconds < 20)
        #expect(run.status == 3)
        #expect(run.stderr.contains("bomb.yaml:1: error: the document expands (through aliases)"))
        #expect(run.stdout.contains("pkg:docker/library/busybox@1.36"), "the document before the bomb is kept")
    }

    @Test func aHugeTemplateWithAnUnclosedActionEndsInTime() throws {
        let repository = try HostileRepository()
        try repository.write("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.0.0\n")
        let body = String(repeating: "  key: {{ .Values.x }}\n", count: 200_000)
        try repository.write("chart/templates/big.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n" + body + "  last: {{ unclosed\n")
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.status == 0, "a template that is not YAML is a warning, not lost data: \(run.stderr.prefix(300))")
    }

    @Test func deepAzurePipelineIsRefused() throws {
        let repository = try HostileRepository()
        try repository.write("azure-pipelines.yml", "steps: " + String(repeating: "{a: ", count: 100_000) + "\n")
        let run = try GuardedRun.run(["scan", ".", "--format", "json"], in: repository.root, seconds: 60)
        #expect(!run.timedOut)
        #expect(run.status == 3)
        #expect(run.stderr.contains("azure-pipelines.yml:1: error: the YAML is nested too deeply"))
    }
}
