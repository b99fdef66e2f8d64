// swift-tools-version: 6.0

import PackageDescription

let package = Package(
  name: "Feed",
  platforms: [
    .iOS(.v17),
  ],
  products: [
    .library(name: "Feed", targets: ["Feed"]),
  ],
  dependencies: [
    .package(name: "Models", path: "../Models"),
    .package(url: "https://github.com/kean/Nuke", from: "12.0.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/example-org/FeedKit", from: "9.1.2"),
  ],
  targets: [
    .target(
      name: "Feed",
      dependencies: [
        .product(name: "Models", package: "Models"),
        .product(name: "Nuke", package: "Nuke"),
        .product(name: "FeedKit", package: "FeedKit"),
      ]
    ),
    .testTarget(
      name: "FeedTests",
      dependencies: [
        "Feed",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
  ]
)
