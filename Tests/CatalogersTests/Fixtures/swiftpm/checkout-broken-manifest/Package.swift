// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "BrokenCheckout",
    dependencies: [
        .package(url: "https://github.com/example-org/alpha.git", from: "1.0.0"),
    ],
    targets: [.target(name: "BrokenCheckout", dependencies: [.product(name: "Alpha", package: "alpha")])]
)
