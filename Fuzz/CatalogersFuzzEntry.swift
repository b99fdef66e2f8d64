// libFuzzer entry for sovscan's parsers; built by scripts/fuzz.sh into the Catalogers module (so the internal
// parsers are reachable), never by `swift build`. The first byte picks the parser, the rest is its input.
import SovScanModel

@_cdecl("LLVMFuzzerTestOneInput")
public func sovscanFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    FuzzedParser(selector: data[0]).run(input)
    return 0
}

/// The parsers the fuzzer drives, one per manifest format.
enum FuzzedParser: CaseIterable {
    case pom, packageJSON, packageLock, yarnV1, yarnBerry, pnpm, packageResolved, packageSwift, sbom
    case terraform, terraformLock, dockerfile, compose, githubWorkflow, gitlabCI, helmChart, helmValues
    case kubernetes, kustomization, azurePipelines, ecsTaskDefinition

    init(selector: UInt8) {
        self = Self.allCases[Int(selector) % Self.allCases.count]
    }

    func run(_ bytes: [UInt8]) {
        var diagnostics: [Diagnostic] = []
        switch self {
        case .pom: _ = POMReader.read(bytes, file: "pom.xml")
        case .packageJSON: _ = PackageJSON.parse(bytes, file: "package.json", diagnostics: &diagnostics)
        case .packageLock: _ = PackageLock.parse(bytes, file: "package-lock.json", diagnostics: &diagnostics)
        case .yarnV1: _ = YarnLockV1.parse(bytes, file: "yarn.lock", diagnostics: &diagnostics)
        case .yarnBerry: _ = YarnBerryLock.parse(bytes, file: "yarn.lock", diagnostics: &diagnostics)
        case .pnpm: _ = PnpmLock(file: "pnpm-lock.yaml", directory: "", rootName: "app").packages(bytes, diagnostics: &diagnostics) { _ in nil }
        case .packageResolved: _ = PackageResolvedParser.parse(bytes, file: "Package.resolved")
        case .packageSwift: _ = PackageManifestParser.parse(bytes, file: "Package.swift")
        case .sbom: _ = SBOMImporter().importSystem(bytes: bytes, file: "bom.json")
        case .terraform: _ = TerraformConfigReader.read(bytes, file: "main.tf")
        case .terraformLock: _ = TerraformLockReader.read(bytes, file: ".terraform.lock.hcl")
        case .dockerfile: _ = DockerfileParser.parse(bytes, file: "Dockerfile")
        case .compose: _ = ComposeFileReader.read(bytes, file: "compose.yaml")
        case .githubWorkflow: _ = GitHubWorkflowReader.read(bytes, file: ".github/workflows/ci.yml")
        case .gitlabCI: _ = GitLabCIReader.read(bytes, file: ".gitlab-ci.yml")
        case .helmChart: _ = HelmChartReader.dependencies(bytes, file: "Chart.yaml")
        case .helmValues: _ = HelmChartReader.images(bytes, file: "values.yaml")
        case .kubernetes: _ = KubernetesManifestReader.read(bytes, file: "deployment.yaml")
        case .kustomization: _ = KustomizationReader.read(bytes, file: "kustomization.yaml")
        case .azurePipelines: _ = AzurePipelinesReader.read(bytes, file: "azure-pipelines.yml")
        case .ecsTaskDefinition: _ = ECSTaskDefinitionReader.read(bytes, file: "task-definition.json")
        }
    }
}
