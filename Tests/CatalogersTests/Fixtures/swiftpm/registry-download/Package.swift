// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "UsesRegistry",
    dependencies: [
        .package(id: "mona.LinkedList", .upToNextMinor(from: "1.2.0")),
    ]
)
