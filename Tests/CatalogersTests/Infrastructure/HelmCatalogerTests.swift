import Catalogers
import SovScanModel
import Testing

@Suite("Helm cataloger")
struct HelmCatalogerTests {
    @Test("chart dependencies take Chart.lock's versions; file:// charts are own code; values images with their lines")
    func chart() throws {
        let (result, files) = InfrastructureFixtures.catalog("helm", with: HelmCataloger())
        #expect(files.map(\.relativePath) == ["chart/Chart.lock", "chart/Chart.yaml", "chart/values.yaml", "values.yaml"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let read = result.components.flatMap { component in
            component.locations.map { "\(component.purl) \($0)" }
        }.sorted()
        #expect(read == [
            "pkg:docker/bitnami/keycloak@24.0.5 chart/values.yaml:4:15",
            "pkg:docker/bitnami/postgresql@sha256:9f0d8c6e5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e chart/values.yaml:21:17",
            "pkg:docker/library/busybox@1.36 chart/values.yaml:15:19",
            "pkg:docker/quay.io/prometheus/node-exporter@v1.8.1 chart/values.yaml:10:12",
            "pkg:generic/charts.bitnami.com/bitnami/redis@19.6.1 chart/Chart.lock:5:3",
            "pkg:generic/charts.bitnami.com/bitnami/redis@19.6.1 chart/Chart.yaml:11:5",
            "pkg:generic/registry-1.docker.io/bitnamicharts/postgresql@15.5.20 chart/Chart.lock:2:3",
            "pkg:generic/registry-1.docker.io/bitnamicharts/postgresql@15.5.20 chart/Chart.yaml:7:5",
        ])
        #expect(result.components.allSatisfy { $0.ecosystem == .container && $0.isDirect })
    }

    @Test("a repository the templates complete with image names is a registry prefix, not an image")
    func registryPrefix() {
        let (result, files) = InfrastructureFixtures.catalog("helm-prefix", with: HelmCataloger())
        #expect(files.map(\.relativePath) == ["boutique/Chart.yaml", "boutique/templates/frontend.yaml", "boutique/values.yaml"])
        #expect(result.components.map(\.purl.description) == ["pkg:docker/library/redis"],
                "the cache's repository is an image of its own; the prefix is not")
        #expect(result.diagnosticStrings == [
            "boutique/values.yaml:3:15: note: images.repository is a registry prefix the chart's templates complete with image names; those images are known only when the chart is rendered",
        ])
        #expect(result.diagnostics.map(\.detail) == [DiagnosticDetail(.registryPrefix, ["images"])],
                "the note carries its code, so a Danish report words it")
    }

    @Test("the registry-prefix test reads the template's own words, with or without spaces and trim markers")
    func templateUse() {
        let prefix = Array("image: {{- .Values.images.repository -}}/api:1".utf8)
        let whole = Array("image: {{ .Values.image.repository }}:{{ .Values.image.tag }}".utf8)
        #expect(HelmCataloger.completesRepository("images", in: [prefix]))
        #expect(!HelmCataloger.completesRepository("image", in: [whole]))
        #expect(!HelmCataloger.completesRepository("images", in: [whole]))
    }

    @Test("a dependency without a name is an error with its line; the others are read")
    func unlocked() throws {
        let text = "dependencies:\n  - name: postgresql\n    version: ~15.5.0\n    repository: https://charts.example.dk\n  - version: 1.0.0\n"
        let (dependencies, diagnostics) = HelmChartReader.dependencies(Array(text.utf8), file: "Chart.yaml")
        #expect(dependencies.map(\.name) == ["postgresql"])
        #expect(diagnostics.map { "\($0.location?.line ?? 0) \($0.message)" } == ["5 a chart dependency without a name"])
    }
}
