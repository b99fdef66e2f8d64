// swift-tools-version:5.7
// sovscan sample: the dependency facts of swift-algorithms 1.2.1 (it needs swift-numerics), written for this
// sample; the package's own manifest is not copied here.
import PackageDescription

let package = Package(
    name: "swift-algorithms",
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.0.0"),
    ]
)
