// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "UsesKit",
    dependencies: [
        .package(url: "https://github.com/example-org/kit.git", from: "1.0.0", traits: ["Fast"]),
    ]
)
