// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Nimble",
    dependencies: [
        .package(url: "https://github.com/mattgallagher/CwlPreconditionTesting.git", from: "1.0.0"),
    ]
)
