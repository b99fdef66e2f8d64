import Foundation
import Testing
@testable import Analysis
import Classification
import SovScanModel

@Suite struct DocumentTests {
    func systems() -> [ClassifiedSystem] {
        let google = vendor("google", .us, .company, country: "US")
        let firebase = BindingFacts(rule: "firebase", platform: "Firebase", kind: .saasAPI, proprietary: true,
                                    vendor: google)
        return [
            ClassifiedSystem(name: "web", classifications: [
                classified("pkg:npm/%40angular/core@18.2.0", level: .frontend, technology: "Angular", oss: true,
                           vendor: google),
                classified("pkg:npm/firebase@10.0.0", level: .frontend, technology: "Firebase", oss: true,
                           vendor: google, binding: firebase),
            ]),
            ClassifiedSystem(name: "api", classifications: [
                classified("pkg:maven/org.x/a@1", level: .backend, technology: "A", oss: true),
                classified("pkg:maven/org.x/b@1", level: .backend, technology: "B", oss: false),
            ]),
        ]
    }

    @Test func jsonRoundTripIsDeterministicAndVersioned() throws {
        let document = Analyzer().document(systems(), generator: "sovscan test")
        #expect(document.schema == "sovscan-analysis")
        #expect(document.version == AnalysisDocument.currentVersion)
        #expect(document.systems.map(\.name) == ["api", "web"])
        let data = try document.jsonData()
        #expect(try Analyzer().document(systems().reversed(), generator: "sovscan test").jsonData() == data)
        let decoded = try AnalysisDocument.decode(data)
        #expect(decoded == document)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"band\" : \"overvejende-oss\""))
        #expect(text.contains("\"countBy\" : \"technology\""))
    }

    /// A new field raises the minor version: 1.3.0 added `presumed` to every entry of `byVendor` and `byBloc`, 1.4.0
    /// `optionalBindings` to a system that ships optional bindings, 1.5.0 `endpoints` to an optional binding whose
    /// SDK the system points at an endpoint of its own.
    @Test func theVersionSaysThePresumedCountsAreThere() throws {
        let text = String(decoding: try Analyzer().document(systems()).jsonData(), as: UTF8.self)
        #expect(text.contains("\"presumed\" : 0"))
        #expect(!text.contains("optionalBindings"), "absent when a system has none")
        #expect(AnalysisDocument.currentVersion == "1.5.0")
    }

    @Test func refusesOtherSchemasAndNewerMajors() throws {
        var document = Analyzer().document(systems())
        document.version = "2.0.0"
        #expect(throws: DocumentError.self) { try AnalysisDocument.decode(try document.jsonData()) }
        document.version = "1.0.0"
        document.schema = "something-else"
        #expect(throws: DocumentError.self) { try AnalysisDocument.decode(try document.jsonData()) }
    }

    @Test func portfolio() throws {
        let document = Analyzer().document(systems())
        let portfolio = try #require(document.portfolio)
        #expect(portfolio.systems == 2)
        let frontend = try #require(portfolio.bands.first { $0.level == "frontend" })
        #expect(frontend.systems == ["primaert-oss": 1, "overvejende-oss": 0, "begraenset-oss": 0])
        #expect(frontend.withoutUnits == 1)
        let backend = try #require(portfolio.bands.first { $0.level == "backend" })
        #expect(backend.systems == ["primaert-oss": 0, "overvejende-oss": 1, "begraenset-oss": 0])
        let infrastruktur = try #require(portfolio.bands.first { $0.level == "Infrastruktur" })
        #expect(infrastruktur.systems["begraenset-oss"] == 0, "web's Infrastruktur is the Firebase binding alone")
        #expect(infrastruktur.insufficientData == 1 && infrastruktur.withoutUnits == 1)
        // web: Angular, Firebase (OSS SDKs) + Firebase platform (not OSS); api: A (OSS), B (not OSS).
        #expect(portfolio.overall.oss == 3 && portfolio.overall.notOSS == 2)
        #expect(portfolio.nonEUPlatformDependence.map(\.system) == ["web"])
        #expect(portfolio.nonEUPlatformDependence.first?.platforms == ["Firebase"])
        #expect(Analyzer().document([systems()[0]]).portfolio == nil)
    }
}
