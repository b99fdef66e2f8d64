import Foundation
import Testing
@testable import Catalogers
import SovScanModel

/// A macOS Swift package whose own code imports Apple's Virtualization framework or Containerization package is a
/// platform host (`VirtualizationHost`; issue 15, Tart and Apple's `container`).
@Suite struct VirtualizationHostTests {
    @Test func anImportLineNamesTheModule() {
        let modules = VirtualizationHost.modules
        #expect(SwiftImports.first(in: "import Foundation\nimport Virtualization\n", among: modules) == "Virtualization")
        #expect(SwiftImports.first(in: "@preconcurrency import Virtualization", among: modules) == "Virtualization")
        #expect(SwiftImports.first(in: "  import Containerization", among: modules) == "Containerization")
        #expect(SwiftImports.first(in: "import Virtualization // VZVirtualMachine", among: modules) == "Virtualization")
        #expect(SwiftImports.first(in: "import ContainerizationOCI\nimport NIO", among: modules) == nil,
                "a sibling module alone is not the runtime")
        #expect(SwiftImports.first(in: "// import Virtualization\nlet x = 1", among: modules) == nil)
        #expect(SwiftImports.first(in: "let name = \"import Virtualization\"", among: modules) == nil)
    }

    private func package(platforms: String, sources: [String: String]) throws -> TemporaryTree {
        try TemporaryTree.swiftPackage("vmtool", platforms: platforms, targets: #".executableTarget(name: "vmtool")"#,
                                       sources: sources)
    }

    @Test func aMacPackageRunningVirtualMachinesIsMarked() throws {
        let tree = try package(platforms: ".macOS(.v14)", sources: [
            "Sources/vmtool/Main.swift": "import ArgumentParser\n",
            "Sources/vmtool/VM.swift": "import Foundation\nimport Virtualization\n",
        ])
        defer { tree.remove() }
        let root = try #require(SwiftPMFixtures.catalog(folder: tree.root.path).component("pkg:swift/local/vmtool"))
        #expect(root.properties[Component.platformHostProperty] == "imports Virtualization (Sources/vmtool/VM.swift)")
    }

    @Test func withoutMacOSOrTheImportNothingIsMarked() throws {
        let iOS = try package(platforms: ".iOS(.v17)", sources: ["Sources/vmtool/VM.swift": "import Virtualization\n"])
        defer { iOS.remove() }
        #expect(try #require(SwiftPMFixtures.catalog(folder: iOS.root.path).component("pkg:swift/local/vmtool"))
                    .properties[Component.platformHostProperty] == nil)
        let plain = try package(platforms: ".macOS(.v14)", sources: ["Sources/vmtool/Main.swift": "import NIOCore\n"])
        defer { plain.remove() }
        #expect(try #require(SwiftPMFixtures.catalog(folder: plain.root.path).component("pkg:swift/local/vmtool"))
                    .properties[Component.platformHostProperty] == nil)
    }
}
