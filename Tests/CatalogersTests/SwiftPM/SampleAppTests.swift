import Catalogers
import Foundation
import Licenses
import SovScanModel
import Testing

@Suite("Sample kommune-sag/ios-app")
struct SampleAppTests {
    static let app = SwiftPMFixtures.repositoryRoot + "/SampleProjects/kommune-sag/ios-app"

    /// purl -> licence files, as the checkouts hold them.
    static let expected: [String: [String]] = [
        "pkg:swift/github.com/apple/swift-log@1.16.2": [".build/checkouts/swift-log/LICENSE.txt", ".build/checkouts/swift-log/NOTICE.txt"],
        "pkg:swift/github.com/apple/swift-algorithms@1.2.1": [".build/checkouts/swift-algorithms/LICENSE.txt"],
        "pkg:swift/github.com/apple/swift-numerics@1.1.1": [".build/checkouts/swift-numerics/LICENSE.txt"],
        "pkg:swift/github.com/apple/swift-collections@1.6.0": [".build/checkouts/swift-collections/LICENSE.txt"],
        "pkg:swift/github.com/pointfreeco/swift-identified-collections@1.1.1": [".build/checkouts/swift-identified-collections/LICENSE"],
        "pkg:swift/github.com/pointfreeco/swift-tagged@0.10.0": [".build/checkouts/swift-tagged/LICENSE"],
        "pkg:swift/github.com/groue/GRDB.swift@7.10.0": [".build/checkouts/GRDB.swift/LICENSE"],
        "pkg:swift/github.com/weichsel/ZIPFoundation@0.9.20": [".build/checkouts/ZIPFoundation/LICENSE"],
        "pkg:swift/github.com/Quick/Nimble@13.8.0": [".build/checkouts/Nimble/LICENSE"],
        "pkg:swift/github.com/mattgallagher/CwlPreconditionTesting@2.2.2": [".build/checkouts/CwlPreconditionTesting/LICENSE.txt"],
        "pkg:swift/github.com/mattgallagher/CwlCatchException@2.2.1": [".build/checkouts/CwlCatchException/LICENSE.txt"],
    ]

    @Test("components, direct vs transitive, graph and licence files")
    func catalog() throws {
        let result = SwiftPMFixtures.catalog(folder: Self.app)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let third = result.components.filter { !$0.isFirstParty }
        #expect(Dictionary(uniqueKeysWithValues: third.map { ($0.purl.description, $0.licenseFiles) }) == Self.expected)
        #expect(third.filter(\.isDirect).map(\.name).sorted() == [
            "GRDB.swift", "Nimble", "ZIPFoundation", "swift-algorithms", "swift-identified-collections", "swift-log", "swift-tagged",
        ])
        #expect(third.filter { $0.scope == .test }.map(\.name).sorted() == ["CwlCatchException", "CwlPreconditionTesting", "Nimble"])
        #expect(third.allSatisfy { $0.properties["parent"] == nil })
        #expect(result.component("pkg:swift/local/KommuneSagApp")?.isFirstParty == true)
        #expect(result.edgeStrings.filter { !$0.hasPrefix("pkg:swift/local/") } == [
            "pkg:swift/github.com/Quick/Nimble@13.8.0 -> pkg:swift/github.com/mattgallagher/CwlPreconditionTesting@2.2.2",
            "pkg:swift/github.com/apple/swift-algorithms@1.2.1 -> pkg:swift/github.com/apple/swift-numerics@1.1.1",
            "pkg:swift/github.com/mattgallagher/CwlPreconditionTesting@2.2.2 -> pkg:swift/github.com/mattgallagher/CwlCatchException@2.2.1",
            "pkg:swift/github.com/pointfreeco/swift-identified-collections@1.1.1 -> pkg:swift/github.com/apple/swift-collections@1.6.0",
        ])
        #expect(result.edges.count == 11)
    }

    /// purl -> the licence the files identify as (SPDX), as the packages state them.
    static let licenses: [String: String] = [
        "pkg:swift/github.com/apple/swift-log@1.16.2": "Apache-2.0",
        "pkg:swift/github.com/apple/swift-algorithms@1.2.1": "Apache-2.0 WITH Swift-exception",
        "pkg:swift/github.com/apple/swift-numerics@1.1.1": "Apache-2.0 WITH Swift-exception",
        "pkg:swift/github.com/apple/swift-collections@1.6.0": "Apache-2.0 WITH Swift-exception",
        "pkg:swift/github.com/pointfreeco/swift-identified-collections@1.1.1": "MIT",
        "pkg:swift/github.com/pointfreeco/swift-tagged@0.10.0": "MIT",
        "pkg:swift/github.com/groue/GRDB.swift@7.10.0": "MIT",
        "pkg:swift/github.com/weichsel/ZIPFoundation@0.9.20": "MIT",
        "pkg:swift/github.com/Quick/Nimble@13.8.0": "Apache-2.0",
        "pkg:swift/github.com/mattgallagher/CwlPreconditionTesting@2.2.2": "ISC",
        "pkg:swift/github.com/mattgallagher/CwlCatchException@2.2.1": "ISC",
    ]

    @Test("every checkout's licence is identified from its files by the licences module")
    func identified() throws {
        let rules = URL(fileURLWithPath: SwiftPMFixtures.repositoryRoot + "/Rules")
        let enricher = try LicenseEnricher(rulesDirectory: rules)
        let result = SwiftPMFixtures.catalog(folder: Self.app)
        var concluded: [String: String] = [:]
        for component in result.components where !component.isFirstParty {
            concluded[component.purl.description] = enricher.conclude(component, root: Self.app).expression?.spdx ?? "unknown"
        }
        #expect(concluded == Self.licenses)
    }

    @Test("the licence files are the packages' real files at the pinned versions (needs the local mirror)")
    func realTexts() throws {
        let mirror = "/opt/swift-packages"
        guard FileManager.default.fileExists(atPath: mirror) else {
            print("skipped: no Swift package mirror at \(mirror)")
            return
        }
        let result = SwiftPMFixtures.catalog(folder: Self.app)
        for component in result.components where !component.isFirstParty {
            guard let owner = component.group?.split(separator: "/").last, let version = component.version else {
                Issue.record("no owner or version for \(component.purl)")
                continue
            }
            let repository = "\(mirror)/\(owner)/\(component.name).git"
            guard FileManager.default.fileExists(atPath: repository) else {
                print("skipped \(component.purl): \(repository) is not in the mirror")
                continue
            }
            for file in component.licenseFiles {
                let name = String(file.split(separator: "/").last ?? "")
                let original = try git(["-C", repository, "show", "\(version):\(name)"])
                let copy = try Data(contentsOf: URL(fileURLWithPath: Self.app + "/" + file))
                #expect(original == copy, "\(file) differs from \(owner)/\(component.name)@\(version)")
            }
        }
    }

    private func git(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
