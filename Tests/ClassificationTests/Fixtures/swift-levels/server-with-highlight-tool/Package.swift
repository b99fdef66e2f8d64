// swift-tools-version:5.0

import PackageDescription

let package = Package(
    name: "swifttalk-server",
    products: [
        .executable(name: "swifttalk-server", targets: ["swifttalk-server"]),
        .library(name: "SwiftTalkServerLib", targets: ["SwiftTalkServerLib"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", .exact("2.5.1")),
        .package(url: "https://github.com/objcio/LibPQ", .branch("master")),
        .package(url: "https://github.com/objcio/md5", .exact("0.1.0")),
        .package(url: "https://github.com/jpsim/SourceKitten", .exact("0.29.0")),
    ],
    targets: [
        .target(name: "Database", dependencies: ["LibPQ"]),
        .target(name: "WebServer", dependencies: ["NIO", "NIOHTTP1", "Database"]),
        .target(name: "SwiftTalkServerLib", dependencies: ["WebServer", "Database", "md5", "SourceKittenFramework"]),
        .target(name: "swifttalk-server", dependencies: ["SwiftTalkServerLib"]),
        .target(name: "highlight-html", dependencies: ["SourceKittenFramework"]),
        .testTarget(name: "SwiftTalkTests", dependencies: ["SwiftTalkServerLib"]),
    ]
)
