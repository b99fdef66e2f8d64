// swift-tools-version:5.9
// sovscan sample: the dependency facts of CwlPreconditionTesting 2.2.2 (it needs CwlCatchException), written for
// this sample; the package's own manifest is not copied here.
import PackageDescription

let package = Package(
    name: "CwlPreconditionTesting",
    dependencies: [
        .package(url: "https://github.com/mattgallagher/CwlCatchException.git", from: "2.2.1"),
    ]
)
