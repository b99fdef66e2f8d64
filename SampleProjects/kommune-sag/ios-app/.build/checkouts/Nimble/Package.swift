// swift-tools-version:5.9
// sovscan sample: the dependency facts of Nimble 13.8.0 (its library needs CwlPreconditionTesting), written for
// this sample; the package's own manifest is not copied here.
import PackageDescription

let package = Package(
    name: "Nimble",
    dependencies: [
        .package(url: "https://github.com/mattgallagher/CwlPreconditionTesting.git", .upToNextMajor(from: "2.1.0")),
    ]
)
