// swift-tools-version: 5.7
import PackageDescription

let package = Package(
    name: "Shared",
    products: [.library(name: "Shared", targets: ["Shared"])],
    dependencies: [
        .package(url: "https://github.com/scinfu/SwiftSoup.git", from: "2.6.1"),
        .package(url: "https://github.com/Quick/Nimble", exact: "10.0.0"),
    ],
    targets: [
        .target(name: "Shared", dependencies: ["SwiftSoup"]),
        .testTarget(name: "SharedTests", dependencies: ["Shared", .product(name: "Nimble", package: "Nimble")]),
    ]
)
