// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "swift-algorithms",
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.0.0"),
    ]
)
