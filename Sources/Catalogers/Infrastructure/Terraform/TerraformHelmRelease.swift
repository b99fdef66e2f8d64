import SovScanModel

/// The chart a `helm_release` resource installs (Terraform's Helm provider): `chart`, `repository` and `version`
/// as written; `nil` for what is computed or left out.
public struct TerraformHelmRelease: Sendable, Equatable {
    /// `helm_release.ingress`.
    public var resource: String
    public var chart: String?
    public var repository: String?
    public var version: String?
    /// Whether `chart` is written as an expression (`var.chart`, `try(...)`) rather than a literal string.
    public var chartIsComputed: Bool
    public var line: Int
    public var column: Int

    /// The release of a `helm_release` block.
    static func read(_ block: HCLBlock, resource: String) -> TerraformHelmRelease {
        let chart = block.body.attribute("chart")
        return TerraformHelmRelease(resource: resource, chart: chart?.value.literal,
                                    repository: block.body.attribute("repository")?.value.literal,
                                    version: block.body.attribute("version")?.value.literal,
                                    chartIsComputed: chart != nil && chart?.value.literal == nil,
                                    line: chart?.line ?? block.line, column: chart?.column ?? block.column)
    }

    /// The chart as a Helm dependency: a chart named by URL (`oci://registry/charts/app`,
    /// `https://host/app-1.0.0.tgz`) carries its repository; a local chart (`./charts/app`, `../app`, `/srv/app`) is
    /// the configuration's own code (`nil`), as is a release without a chart.
    func dependency(file: String) -> HelmDependency? {
        guard let chart, !chart.isEmpty, !chart.hasPrefix("."), !chart.hasPrefix("/") else { return nil }
        let location = SourceLocation(file: file, line: line, column: column)
        if chart.contains("://"), let slash = chart.lastIndex(of: "/") {
            var name = String(chart[chart.index(after: slash)...])
            if name.hasSuffix(".tgz") { name.removeLast(4) }
            return HelmDependency(name: name, version: version, repository: String(chart[..<slash]), location: location)
        }
        return HelmDependency(name: chart, version: version, repository: repository, location: location)
    }
}
