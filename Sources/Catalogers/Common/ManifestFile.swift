import SovScanModel

/// The formats sovscan reads, recognised by file name.
public enum ManifestKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case npmPackageJSON = "package.json"
    case npmPackageLock = "package-lock.json"
    case npmShrinkwrap = "npm-shrinkwrap.json"
    case yarnLock = "yarn.lock"
    case pnpmLock = "pnpm-lock.yaml"
    case mavenPOM = "pom.xml"
    case swiftPackageResolved = "Package.resolved"
    case swiftPackageManifest = "Package.swift"
    /// `Dockerfile`, `Containerfile`, `Dockerfile.*`, `*.Dockerfile` / `*.dockerfile`.
    case dockerfile = "Dockerfile"
    /// Compose files: `compose.yaml`/`.yml`, `docker-compose.yaml`/`.yml`, `docker-compose.*.yml`.
    case composeFile = "compose.yaml"
    /// GitHub Actions workflows: `.github/workflows/*.yml` / `*.yaml` (recognised by path).
    case githubWorkflow = ".github/workflows/*.yml"
    /// GitLab CI: `.gitlab-ci.yml`.
    case gitlabCI = ".gitlab-ci.yml"
    /// Terraform/OpenTofu configuration: `*.tf`, `*.tofu`.
    case terraformConfig = "*.tf"
    /// The Terraform/OpenTofu dependency lock file: `.terraform.lock.hcl`.
    case terraformLock = ".terraform.lock.hcl"
    /// A Helm chart: `Chart.yaml` (dependencies), `Chart.lock` (their resolved versions), `values.yaml` (images).
    case helmChart = "Chart.yaml"
    case helmLock = "Chart.lock"
    case helmValues = "values.yaml"
    /// A Kubernetes manifest (or a Helm template): any other `*.yaml`/`*.yml` whose content has top-level
    /// `apiVersion:` and `kind:` lines, or a `*.json` object with string `"apiVersion"` and `"kind"` members
    /// (`KubernetesSniffer`, asked by `Discovery`).
    case kubernetesManifest = "*.yaml (Kubernetes)"
    /// A Kustomize kustomization: `kustomization.yaml`, `kustomization.yml`, `Kustomization`.
    case kustomization = "kustomization.yaml"
    /// An AWS ECS task definition: a `*.json` object with a `"containerDefinitions"` member (`KubernetesSniffer`).
    case ecsTaskDefinition = "*.json (ECS task definition)"
    /// Azure Pipelines: `azure-pipelines*.yml`/`.yaml`, and `*.yml`/`*.yaml` directly in `.azure-pipelines/` or
    /// `.azuredevops/`.
    case azurePipelines = "azure-pipelines.yml"

    /// The ecosystem the format belongs to.
    public var ecosystem: Ecosystem {
        switch self {
        case .npmPackageJSON, .npmPackageLock, .npmShrinkwrap, .yarnLock, .pnpmLock: .npm
        case .mavenPOM: .maven
        case .swiftPackageResolved, .swiftPackageManifest: .swift
        case .dockerfile, .composeFile, .helmChart, .helmLock, .helmValues: .container
        case .kubernetesManifest, .kustomization, .ecsTaskDefinition: .container
        case .githubWorkflow, .gitlabCI, .azurePipelines: .ci
        case .terraformConfig, .terraformLock: .terraform
        }
    }

    /// The kind of a file with this name, if sovscan reads it (GitHub workflows need their path:
    /// `init(relativePath:)`).
    public init?(fileName: String) {
        if let exact = ManifestKind(rawValue: fileName), exact != .githubWorkflow, exact != .terraformConfig,
           exact != .kubernetesManifest, exact != .ecsTaskDefinition {
            self = exact
            return
        }
        let lower = fileName.lowercased()
        if lower == "dockerfile" || lower == "containerfile" || lower.hasPrefix("dockerfile.")
            || lower.hasPrefix("containerfile.") || lower.hasSuffix(".dockerfile") || lower.hasSuffix(".containerfile") {
            self = .dockerfile
        } else if ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"].contains(lower)
            || (lower.hasPrefix("docker-compose.") && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")))
            || (lower.hasPrefix("compose.") && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml"))) {
            self = .composeFile
        } else if lower.hasPrefix("azure-pipelines") && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")) {
            self = .azurePipelines
        } else if fileName == "kustomization.yml" || fileName == "Kustomization" {
            self = .kustomization
        } else if lower == ".gitlab-ci.yaml" {
            self = .gitlabCI
        } else if lower.hasSuffix(".tf") || lower.hasSuffix(".tofu") {
            self = .terraformConfig
        } else {
            return nil
        }
    }

    /// The kind of a file at this path relative to the scanned root: its name's kind, or a GitHub workflow for
    /// `*.yml`/`*.yaml` directly in a `.github/workflows` folder.
    public init?(relativePath: String) {
        let parts = relativePath.split(separator: "/").map(String.init)
        guard let fileName = parts.last else { return nil }
        if parts.count >= 3, parts[parts.count - 3] == ".github", parts[parts.count - 2] == "workflows",
           fileName.hasSuffix(".yml") || fileName.hasSuffix(".yaml") {
            self = .githubWorkflow
            return
        }
        if parts.count >= 2, [".azure-pipelines", ".azuredevops"].contains(parts[parts.count - 2]),
           fileName.hasSuffix(".yml") || fileName.hasSuffix(".yaml") {
            self = .azurePipelines
            return
        }
        self.init(fileName: fileName)
    }

    public static func < (lhs: ManifestKind, rhs: ManifestKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A manifest file found by discovery.
public struct ManifestFile: Sendable, Hashable, Comparable {
    /// The path relative to the scanned root (`frontend/package.json`), `/`-separated.
    public var relativePath: String
    public var kind: ManifestKind

    public init(relativePath: String, kind: ManifestKind) {
        self.relativePath = relativePath
        self.kind = kind
    }

    /// The folder that holds the file, relative to the root (`""` for the root itself).
    public var directory: String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    public static func < (lhs: ManifestFile, rhs: ManifestFile) -> Bool { lhs.relativePath < rhs.relativePath }
}
