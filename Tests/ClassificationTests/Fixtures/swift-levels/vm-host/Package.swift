// swift-tools-version:5.9

import PackageDescription

let package = Package(
    name: "vmhost",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vmhost", targets: ["vmhost"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    ],
    targets: [
        .executableTarget(name: "vmhost", dependencies: [
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
    ]
)
