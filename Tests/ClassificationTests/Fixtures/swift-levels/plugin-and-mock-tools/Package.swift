// swift-tools-version: 5.9
import PackageDescription

let package = Package(
    name: "Bot",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.99.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.7.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.6.0"),
        .package(url: "https://github.com/Brightify/Cuckoo.git", from: "2.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "Bot",
            dependencies: [
                .product(name: "Vapor", package: "vapor"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .testTarget(name: "BotTests", dependencies: ["Bot", .product(name: "Cuckoo", package: "Cuckoo")]),
    ]
)
