// swift-tools-version: 5.9
// sovscan sample: the dependency facts of swift-identified-collections 1.1.1 (its library needs
// swift-collections), written for this sample; the package's own manifest is not copied here.
import PackageDescription

let package = Package(
    name: "swift-identified-collections",
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.0.2"),
    ]
)
