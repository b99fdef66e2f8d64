import Analysis
import Foundation
import SovScanModel
import Testing
@testable import SovScanKit

/// The whole pipeline on the bundled sample system.
struct PipelineTests {
    static let sample = CommandLineTests.repositoryRoot.appendingPathComponent("SampleProjects/kommune-sag").path
    static let mavenRepository = sample + "/backend/m2-repository"

    static let result: ScanResult = {
        var options = ScanOptions()
        options.catalog.mavenRepository = mavenRepository
        return Scanner(options: options).run(paths: [sample])
    }()

    @Test func everyEcosystemOfTheSampleIsRead() throws {
        let system = try #require(Self.result.inventory.systems.first)
        let ecosystems = Set(system.components.map(\.ecosystem))
        #expect(ecosystems == [.maven, .npm, .swift])
        #expect(system.component(try PackageURL(parsing: "pkg:npm/axios@1.7.7"))?.isDirect == true)
        #expect(system.component(try PackageURL(parsing: "pkg:maven/org.apache.httpcomponents/httpcore@4.4.13"))?.isDirect == false)
    }

    @Test func licencesAreConcluded() throws {
        let system = try #require(Self.result.inventory.systems.first)
        let axios = try #require(system.component(try PackageURL(parsing: "pkg:npm/axios@1.7.7")))
        #expect(axios.concludedLicense?.expression?.spdx == "MIT")
        #expect(axios.concludedLicense?.category == .permissive)
        #expect(axios.concludedLicense?.isOSS == true)
        let oracle = try #require(system.components.first { $0.name == "ojdbc11" })
        #expect(oracle.concludedLicense?.isOSS != true, "Oracle's Free Use Terms are not an OSS licence")
        let highcharts = try #require(system.component(try PackageURL(parsing: "pkg:npm/highcharts@11.4.8")))
        #expect(highcharts.concludedLicense?.category == .proprietary, "Highcharts' licence URL is its commercial licence")
    }

    @Test func classificationAndAnalysisCoverTheSample() throws {
        let classified = try #require(Self.result.classified.first)
        let system = try #require(Self.result.inventory.systems.first)
        #expect(classified.classifications.count == system.components.count)
        let s3 = try #require(classified.classification(of: try PackageURL(parsing: "pkg:maven/software.amazon.awssdk/s3@2.28.16")))
        #expect(s3.binding?.platform == "AWS")
        let analysis = try #require(Self.result.analysis.systems.first)
        #expect(analysis.overall.total > 0)
        #expect(analysis.bindings.contains { $0.platform == "AWS" })
        let shipped = system.thirdPartyComponents.filter(\.ships)
        let withLevel = shipped.filter { component in classified.classification(of: component.purl)?.level != nil }
        #expect(Double(withLevel.count) >= 0.95 * Double(shipped.count), "at least 95% of shipped components get a level")
    }

    @Test func analysisDocumentRoundTrips() throws {
        let data = try Self.result.analysis.jsonData()
        let decoded = try AnalysisDocument.decode(data)
        #expect(decoded == Self.result.analysis)
    }
}
