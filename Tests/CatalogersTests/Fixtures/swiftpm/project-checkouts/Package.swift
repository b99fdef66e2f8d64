// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "CaseApp",
    dependencies: [
        .package(url: "https://github.com/example-org/Alpha.git", from: "1.0.0"),
        .package(url: "https://github.com/example-org/beta", exact: "2.0.0"),
        .package(url: "https://github.com/example-org/missing.git", from: "0.1.0"),
    ]
)
