import Analysis
import Classification
import Foundation
import Reporting
import SovScanModel
import Testing
@testable import SovScanKit

/// Where a system's images come from and what they are built on, through the whole pipeline: the registry's
/// operator and its country, the base OS with its steward, in the analysis, the portfolio and the reports.
struct ContainerRegistryTests {
    /// Two systems: one on US registries, one that pulls from a European cloud's registry.
    static let result: ScanResult = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-registry-\(UUID().uuidString)")
        let shop = root.appendingPathComponent("shop"), portal = root.appendingPathComponent("portal")
        try? FileManager.default.createDirectory(at: shop, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(at: portal, withIntermediateDirectories: true)
        try? Data("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            RUN dotnet publish -o /out
            FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled
            COPY --from=build /out /app
            """.utf8).write(to: shop.appendingPathComponent("Dockerfile"))
        try? Data("""
            services:
              db: {image: postgres:16.3-alpine}
              cache: {image: ghcr.io/example-org/cache:1.0.0}
            """.utf8).write(to: shop.appendingPathComponent("compose.yaml"))
        try? Data("""
            services:
              web: {image: rg.fr-par.scw.cloud/portal/web:2.1.0}
              proxy: {image: nginx:1.27-bookworm}
            """.utf8).write(to: portal.appendingPathComponent("compose.yaml"))
        defer { try? FileManager.default.removeItem(at: root) }
        return Scanner(options: ScanOptions()).run(paths: [shop.path, portal.path])
    }()

    private func classification(_ purl: String, in system: String) throws -> Classification {
        let classified = try #require(Self.result.classified.first { $0.name == system })
        return try #require(classified.classifications.first { $0.purl.description == purl }, "\(purl)")
    }

    @Test func aRegistryIsAServiceWhoseOperatorHasACountry() throws {
        let mcr = try classification("pkg:generic/container-registries/mcr.microsoft.com", in: "shop")
        #expect(mcr.vendor?.id == "microsoft")
        #expect(mcr.vendor?.country == "US")
        #expect(mcr.bloc == .us)
        #expect(mcr.level == nil, "a registry is a service: the images count, not it")
        #expect(mcr.technologyRule == "registry-microsoft")
        #expect(try classification("pkg:generic/container-registries/docker.io", in: "shop").vendor?.id == "docker")
        #expect(try classification("pkg:generic/container-registries/ghcr.io", in: "shop").vendor?.id == "github")
        let scaleway = try classification("pkg:generic/container-registries/rg.fr-par.scw.cloud", in: "portal")
        #expect(scaleway.vendor?.id == "scaleway")
        #expect(scaleway.bloc == .eu)
    }

    @Test func theBaseOSIsAServiceWithItsSteward() throws {
        let ubuntu = try classification("pkg:generic/operating-systems/ubuntu@22.04", in: "shop")
        #expect(ubuntu.vendor?.id == "canonical")
        #expect(ubuntu.bloc == .uk)
        #expect(try classification("pkg:generic/operating-systems/alpine", in: "shop").vendor?.id == "alpine-linux")
        #expect(try classification("pkg:generic/operating-systems/debian@12", in: "portal").bloc == .international)
        let system = try #require(Self.result.inventory.systems.first { $0.name == "shop" })
        let aspnet = try #require(system.components.first { $0.name == "aspnet" })
        #expect(aspnet.properties["image:base-os"] == "ubuntu")
        #expect(aspnet.properties["image:base-os-version"] == "22.04")
        #expect(!system.components.contains { $0.purl.description.hasPrefix("pkg:generic/operating-systems/") && $0.version == "8.0" })
    }

    @Test func theAnalysisAndThePortfolioNameEachSystemsRegistriesWithTheirJurisdiction() throws {
        let shop = try #require(Self.result.analysis.systems.first { $0.name == "shop" })
        #expect(shop.registries?.map(\.registry) == ["docker.io", "ghcr.io", "mcr.microsoft.com"],
                "the build stage's registry is the same; only shipping images count")
        #expect(shop.registries?.allSatisfy { $0.bloc == .us && $0.country == "US" } == true)
        let portfolio = try #require(Self.result.analysis.portfolio)
        let portal = try #require(portfolio.hosting.first { $0.system == "portal" })
        #expect(portal.registries.map { "\($0.registry) \($0.vendorName ?? "-") \($0.country ?? "-") \($0.bloc.rawValue)" } == [
            "docker.io Docker, Inc. US US", "rg.fr-par.scw.cloud Scaleway SAS FR EU",
        ])
        let json = try JSONEncoder().encode(portfolio)
        let older = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        var hosting = older?["hosting"] as? [[String: Any]] ?? []
        hosting = hosting.map { var entry = $0; entry["registries"] = nil; return entry }
        let decoded = try JSONDecoder().decode([SystemHosting].self, from: JSONSerialization.data(withJSONObject: hosting))
        #expect(decoded.allSatisfy { $0.registries.isEmpty }, "a document written before registries still reads")
    }

    @Test func theReportsListTheRegistriesInEnglishAndDanish() throws {
        let input = ReportInput(inventory: Self.result.inventory, classifications: Self.result.classified,
                                analysis: Self.result.analysis)
        let context = ReportContext(toolVersion: "test", timestamp: Date(timeIntervalSince1970: 0))
        let danish = String(decoding: MarkdownSummaryWriter(language: .da).write(input, context: context), as: UTF8.self)
        #expect(danish.contains("| portal | rg.fr\\-par.scw.cloud | Scaleway SAS | FR | EU/EØS | image-register |"), "\(danish)")
        let html = String(decoding: HTMLReportWriter().write(input, context: context), as: UTF8.self)
        #expect(html.contains("<td><bdi>mcr.microsoft.com</bdi></td><td><bdi>Microsoft Corporation</bdi></td><td><bdi>US</bdi></td><td>United States</td><td>image registry</td>"))
        let terminal = PortfolioTerminalSummary(style: TerminalStyle(colors: false)).render(Self.result.analysis)
        #expect(terminal.contains("rg.fr-par.scw.cloud (Scaleway SAS, FR/EU; image registry)"), "\(terminal)")
    }
}
