// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Unpinned",
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections.git", exact: "1.1.0"),
        .package(url: "https://github.com/example-org/nightly.git", branch: "main"),
        .package(url: "https://github.com/example-org/pinned.git", revision: "0123456789abcdef0123456789abcdef01234567"),
        .package(path: "../SharedKit"),
    ]
)
