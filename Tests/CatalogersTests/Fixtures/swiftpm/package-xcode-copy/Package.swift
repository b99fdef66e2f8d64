// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "OpenedInXcode",
    dependencies: [
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
    ]
)
