// swift-tools-version: 6.0

import PackageDescription

let package = Package(
  name: "Models",
  platforms: [
    .iOS(.v17),
  ],
  products: [
    .library(name: "Models", targets: ["Models"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
  ],
  targets: [
    .target(
      name: "Models",
      dependencies: [
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
  ]
)
