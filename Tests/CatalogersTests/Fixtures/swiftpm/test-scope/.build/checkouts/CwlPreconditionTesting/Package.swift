// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "CwlPreconditionTesting",
    dependencies: [
        .package(url: "https://github.com/mattgallagher/CwlCatchException.git", from: "1.0.0"),
    ]
)
