// swift-tools-version:5.10

// A task list: a Vapor server and the iOS app's shared kit in one package, with the models both use (the shape of
// a Vapor + iOS monorepo; written for sovscan's tests).
import PackageDescription

let package = Package(
    name: "Tasks",
    platforms: [.macOS(.v13), .iOS(.v17)],
    products: [
        .executable(name: "TasksServer", targets: ["TasksServer"]),
        .library(name: "TasksKit", targets: ["TasksKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.99.0"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/onevcat/Kingfisher.git", from: "8.0.0"),
        .package(url: "https://github.com/Flight-School/AnyCodable.git", from: "0.6.0"),
        .package(url: "https://github.com/kean/Get", from: "2.2.0"),
    ],
    targets: [
        .target(
            name: "TasksModels",
            dependencies: [.product(name: "AnyCodable", package: "AnyCodable")]
        ),
        .executableTarget(
            name: "TasksServer",
            dependencies: [
                "TasksModels",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Ink", package: "Ink"),
            ]
        ),
        .target(
            name: "TasksKit",
            dependencies: ["TasksModels", "Kingfisher", .product(name: "Get", package: "Get")]
        ),
        .testTarget(
            name: "TasksServerTests",
            dependencies: ["TasksServer", .product(name: "XCTVapor", package: "vapor")]
        ),
    ]
)
