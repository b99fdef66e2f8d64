// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "ScopeApp",
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-algorithms.git", from: "1.2.0"),
        .package(url: "https://github.com/Quick/Quick.git", from: "7.0.0"),
        .package(url: "https://github.com/Quick/Nimble.git", from: "13.0.0"),
    ],
    targets: [
        .target(
            name: "ScopeApp",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ]
        ),
        .testTarget(
            name: "ScopeAppTests",
            dependencies: [
                "ScopeApp",
                "Quick",
                .product(name: "Nimble", package: "Nimble"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ]
        ),
    ]
)
