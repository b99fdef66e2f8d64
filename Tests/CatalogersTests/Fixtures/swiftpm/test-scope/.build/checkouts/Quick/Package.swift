// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Quick",
    dependencies: [
        .package(url: "https://github.com/Quick/Nimble.git", from: "1.0.0"),
    ]
)
