import Classification
import Foundation
import Reporting
import SovScanModel
import Testing

/// Classification facts in CycloneDX, SPDX and CSV, and the official schemas for documents that carry them.
struct ClassifiedSBOMTests {
    private let context = TestInventories.context

    private func cycloneDX(_ system: ClassifiedSystem = TestReports.classified()) throws -> Data {
        try CycloneDXJSONWriter().write(TestInventories.rich(), classifications: [system], context: context)
    }

    private func spdx(_ system: ClassifiedSystem = TestReports.classified()) throws -> Data {
        try SPDXJSONWriter().write(TestInventories.rich(), classifications: [system], context: context)
    }

    /// The classifications with tslib's steward presumed, as the classifier presumes it for an unscoped npm package no
    /// rule names (`Classifier.presumedSteward`).
    private func withPresumedSteward() throws -> ClassifiedSystem {
        var system = TestReports.classified()
        let index = try #require(system.classifications.firstIndex { $0.purl.name == "tslib" })
        var independent = TestReports.vendor("Independent open-source maintainers", country: nil, bloc: .unknown,
                                             governance: .community)
        independent.presumed = true
        system.classifications[index].vendor = independent
        return system
    }

    private func component(_ name: String, in document: Data, list: String, field: String) throws -> [String: Any] {
        let root = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        let items = try #require(root[list] as? [[String: Any]])
        // SPDX names a Maven package `group:artifact`.
        return try #require(items.first { ($0[field] as? String).map { $0 == name || $0.hasSuffix(":" + name) } == true })
    }

    /// A presumed steward is not stated as a known supplier: CycloneDX's `supplier` (the organisation that supplied
    /// the component) is left out and SPDX's says NOASSERTION, while the properties still name the vendor sovscan
    /// presumes and say that it is presumed. A vendor a rule names stays the supplier.
    @Test func aPresumedStewardIsNoKnownSupplier() throws {
        let system = try withPresumedSteward()
        let cycloneDX = try cycloneDX(system)
        let tslib = try component("tslib", in: cycloneDX, list: "components", field: "name")
        #expect(tslib["supplier"] == nil, "\(tslib["supplier"] ?? "")")
        let properties = (tslib["properties"] as? [[String: String]] ?? []).map { "\($0["name"] ?? "")=\($0["value"] ?? "")" }
        #expect(properties.contains("sovscan:vendor=Independent open-source maintainers"))
        #expect(properties.contains("sovscan:vendor-presumed=true"))
        let spring = try component("spring-core", in: cycloneDX, list: "components", field: "name")
        #expect((spring["supplier"] as? [String: Any])?["name"] as? String == "Broadcom")
        let xml = String(decoding: try CycloneDXXMLWriter().write(TestInventories.rich(), classifications: [system], context: context),
                         as: UTF8.self)
        let tslibXML = try #require(xml.components(separatedBy: "<component ").first { $0.contains("<name>tslib</name>") })
        #expect(!tslibXML.contains("<supplier>"))
        #expect(tslibXML.contains("sovscan:vendor-presumed"))

        let spdx = try spdx(system)
        let package = try component("tslib", in: spdx, list: "packages", field: "name")
        #expect(package["supplier"] as? String == "NOASSERTION")
        let comment = try #require((package["annotations"] as? [[String: String]])?.first?["comment"])
        #expect(comment.contains(#"["sovscan:vendor-presumed","true"]"#), "\(comment)")
        let springPackage = try component("spring-core", in: spdx, list: "packages", field: "name")
        #expect(springPackage["supplier"] as? String == "Organization: Broadcom")
    }

    @Test func cycloneDXCarriesClassificationAndSupplier() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: cycloneDX()) as? [String: Any])
        let components = try #require(root["components"] as? [[String: Any]])
        let spring = try #require(components.first { $0["name"] as? String == "spring-core" })
        let supplier = try #require(spring["supplier"] as? [String: Any])
        #expect(supplier["name"] as? String == "Broadcom")
        #expect((supplier["address"] as? [String: String])?["country"] == "US")
        let properties = (spring["properties"] as? [[String: String]] ?? []).map { "\($0["name"] ?? "")=\($0["value"] ?? "")" }
        for expected in ["sovscan:level=backend", "sovscan:bloc=US", "sovscan:seal=2", "sovscan:technology=Spring",
                         "sovscan:vendor=Broadcom", "sovscan:vendor-country=US", "sovscan:governance=company",
                         "sovscan:first-party=false", "sovscan:oss=true", "sovscan:licence-category=permissive"] {
            #expect(properties.contains(expected), "\(expected)")
        }
        let names = (spring["properties"] as? [[String: String]] ?? []).map { $0["name"] ?? "" }
        #expect(names == names.sorted(), "properties are sorted by name")
        let xml = String(decoding: CycloneDXXMLWriter().write(TestInventories.rich(), classifications: [TestReports.classified()], context: context), as: UTF8.self)
        #expect(xml.contains("<supplier>\n        <name>Broadcom</name>\n        <address>\n          <country>US</country>"))
    }

    @Test func spdxCarriesSupplierAndAnnotations() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: spdx()) as? [String: Any])
        let packages = try #require(root["packages"] as? [[String: Any]])
        let evil = try #require(packages.first { ($0["name"] as? String)?.hasPrefix("@evil/") == true })
        let supplier = try #require(evil["supplier"] as? String)
        #expect(supplier.hasPrefix("Organization: ") && !supplier.contains("\n"), "agent syntax on one line")
        let comments = (evil["annotations"] as? [[String: String]] ?? []).compactMap { $0["comment"] }
        #expect(comments.count == 1, "one annotation holds every fact")
        let comment = try #require(comments.first)
        #expect(comment.hasPrefix("sovscan:facts=[["))
        let pairs = try #require(try JSONSerialization.jsonObject(with: Data(comment.dropFirst("sovscan:facts=".count).utf8)) as? [[String]])
        #expect(pairs.contains(["sovscan:bloc", "EU"]))
        #expect(pairs.contains(["sovscan:seal", "1"]))
        #expect(pairs.contains(["sovscan:note", TestInventories.hostile]), "hostile values survive the nested JSON")
    }

    @Test func csvFillsTheClassificationColumns() throws {
        let text = String(decoding: CSVWriter(delimiter: ";").write(TestReports.input()), as: UTF8.self)
        let rows = CSVReader.rows(text, delimiter: ";")
        let header = try #require(rows.first)
        let spring = try #require(rows.first { $0[4] == "spring-core" })
        func cell(_ name: String) -> String? { header.firstIndex(of: name).map { spring[$0] } }
        #expect(cell("level") == "backend")
        #expect(cell("vendor") == "Broadcom")
        #expect(cell("country") == "US")
        #expect(cell("bloc") == "US")
        #expect(cell("seal") == "2")
        #expect(cell("oss") == "true")
        #expect(cell("vendor_presumed") == "false", "a rule names Broadcom")
    }

    @Test func classifiedDocumentsMatchTheOfficialSchemas() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["SOVSCAN_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? repository.deletingLastPathComponent().appendingPathComponent("shared")
        let schemas = shared.appendingPathComponent("schemas")
        let validator = repository.appendingPathComponent("scripts/validate-json.py")
        guard FileManager.default.fileExists(atPath: schemas.appendingPathComponent("spdx-2.3.schema.json").path) else {
            print("skipped: \(schemas.path) is not here (the official schemas are not part of the project)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-schema-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let system = try withPresumedSteward()
        for (name, data, schema) in [("bom.json", try cycloneDX(system), "cyclonedx-bom-1.6.schema.json"),
                                     ("spdx.json", try spdx(system), "spdx-2.3.schema.json")] {
            let file = folder.appendingPathComponent(name)
            try data.write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", validator.path, schemas.appendingPathComponent(schema).path, file.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            process.waitUntilExit()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if text.contains("No module named") {
                print("skipped: python3 has no jsonschema (scripts/setup.sh installs it)")
                return
            }
            #expect(process.terminationStatus == 0, "\(name): \(text)")
        }
    }
}
