import SovScanModel

/// Catalogs CI/CD building blocks (ecosystem `ci`, default level ops-support): GitHub Actions workflows and
/// `.gitlab-ci.yml` and Azure Pipelines.
///
/// - `uses: owner/repo[/path]@ref` is `pkg:github/owner/repo@ref` (`#path` as subpath), also reusable workflows;
/// - job images (`container:`, `services:`, `uses: docker://`, GitLab `image:`/`services:`) are `pkg:docker/...`
///   as in `ContainerCataloger`, but in ecosystem `ci`: they run the pipeline, not the system;
/// - a GitHub-hosted runner label is `pkg:generic/github.com/hosted-runners/<label>`, marked as a service
///   (`Component.serviceProperty`): GitHub's proprietary platform, counted through its binding rule;
/// - GitLab `include:`: a template is `pkg:generic/gitlab.com/gitlab-org/gitlab/ci-templates#<template>`, a
///   project `pkg:generic/<group>/<project>@<ref>`, a CI/CD catalog component
///   `pkg:generic/<host>/<group>/<project>/<name>@<version>`, a remote file `pkg:generic/<host>/<file name>`.
/// - Azure Pipelines: a task is `pkg:generic/dev.azure.com/tasks/<Name>@<major>`, a Microsoft-hosted agent image
///   `pkg:generic/dev.azure.com/hosted-agents/<vmImage>` (a service, like GitHub's runners), a GitHub template
///   repository `pkg:github/<owner>/<repo>@<ref>`, images as above.
/// All are direct and `runtime`: the pipeline runs them to deliver the system.
public struct CICataloger: Cataloger {
    public let name = "ci"
    public let kinds: Set<ManifestKind> = [.githubWorkflow, .gitlabCI, .azurePipelines]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let wanted = manifests.sorted().filter { kinds.contains($0.kind) }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            if manifest.kind == .githubWorkflow {
                let (uses, diagnostics) = GitHubWorkflowReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for use in uses { append(component(use), text: "\(use.kind)", at: use.location, to: &result) }
            } else if manifest.kind == .azurePipelines {
                let (uses, diagnostics) = AzurePipelinesReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for use in uses { append(component(use), text: "\(use.kind)", at: use.location, to: &result) }
            } else {
                let (uses, diagnostics) = GitLabCIReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for use in uses { append(component(use), text: "\(use.kind)", at: use.location, to: &result) }
            }
        }
        return result
    }

    private func component(_ use: WorkflowUse) -> Component? {
        let properties = ["ci:job": use.job]
        switch use.kind {
        case .action(let owner, let repository, let path, let ref):
            guard let purl = try? PackageURL(type: "github", namespace: owner, name: repository, version: ref,
                                             subpath: path) else { return nil }
            return Component(purl: purl, ecosystem: .ci, group: owner, name: repository, version: ref,
                             isDirect: true, locations: [use.location], properties: properties)
        case .image(let text):
            return image(text, at: use.location, properties: properties)
        case .hostedRunner(let label):
            return generic(namespace: "github.com/hosted-runners", name: label, at: use.location,
                           properties: properties.merging([Component.serviceProperty: "GitHub-hosted runner"]) { a, _ in a })
        }
    }

    private func component(_ use: GitLabCIUse) -> Component? {
        switch use.kind {
        case .image(let text):
            return image(text, at: use.location, properties: [:])
        case .template(let template):
            return generic(namespace: "gitlab.com/gitlab-org/gitlab", name: "ci-templates", subpath: template,
                           at: use.location, properties: ["gitlab:include": "template"])
        case .project(let path, let ref):
            let parts = path.split(separator: "/").map(String.init)
            guard let name = parts.last else { return nil }
            return generic(namespace: parts.dropLast().joined(separator: "/"), name: name, version: ref,
                           at: use.location, properties: ["gitlab:include": "project"])
        case .remote(let url):
            let withoutScheme = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst()
            guard let host = withoutScheme.first, let file = withoutScheme.last, withoutScheme.count > 1 else { return nil }
            return generic(namespace: String(host), name: String(file), at: use.location,
                           properties: ["gitlab:include": "remote", "url": url])
        case .component(let address):
            let (path, version) = Self.split(address)
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count >= 2, let name = parts.last else { return nil }
            return generic(namespace: parts.dropLast().joined(separator: "/"), name: name, version: version,
                           at: use.location, properties: ["gitlab:include": "component"])
        }
    }

    private func component(_ use: AzurePipelinesUse) -> Component? {
        switch use.kind {
        case .task(let name, let version):
            return generic(namespace: "dev.azure.com/tasks", name: name, version: version, at: use.location,
                           properties: [:])
        case .image(let text):
            return image(text, at: use.location, properties: [:])
        case .hostedAgent(let label):
            return generic(namespace: "dev.azure.com/hosted-agents", name: label, at: use.location,
                           properties: [Component.serviceProperty: "Microsoft-hosted agent"])
        case .githubRepository(let path, let ref):
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 2,
                  let purl = try? PackageURL(type: "github", namespace: parts[0], name: parts[1], version: ref)
            else { return nil }
            return Component(purl: purl, ecosystem: .ci, group: parts[0], name: parts[1], version: ref,
                             isDirect: true, locations: [use.location], properties: ["azure-pipelines:repository": "template"])
        }
    }

    private static func split(_ address: String) -> (String, String?) {
        guard let at = address.lastIndex(of: "@") else { return (address, nil) }
        return (String(address[..<at]), String(address[address.index(after: at)...]))
    }

    private func image(_ text: String, at location: SourceLocation, properties: [String: String]) -> Component? {
        guard var component = ImageReference(text)?.component(scope: .runtime, at: location, properties: properties)
        else { return nil }
        component.ecosystem = .ci
        return component
    }

    private func generic(namespace: String, name: String, version: String? = nil, subpath: String? = nil,
                         at location: SourceLocation, properties: [String: String]) -> Component? {
        guard let purl = try? PackageURL(type: "generic", namespace: namespace.isEmpty ? nil : namespace, name: name,
                                         version: version, subpath: subpath) else { return nil }
        return Component(purl: purl, ecosystem: .ci, group: namespace.isEmpty ? nil : namespace, name: name,
                         version: version, isDirect: true, locations: [location], properties: properties)
    }

    private func append(_ component: Component?, text: String, at location: SourceLocation,
                        to result: inout CatalogResult) {
        if let component {
            result.components.append(component)
        } else if text.contains("${") || text.contains("$") {
            result.diagnostics.append(Diagnostic(.warning, "\(text) is decided when the pipeline runs; not listed",
                                                 at: location))
        } else {
            result.diagnostics.append(Diagnostic(.error, "cannot form a package URL for \(text)", at: location))
        }
    }
}
