// swift-tools-version:5.9

import PackageDescription

let package = Package(
  name: "game",
  platforms: [.iOS(.v16)],
  products: [
    .library(name: "GameCore", targets: ["GameCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.6.0"),
  ],
  targets: [
    .target(name: "GameCore", dependencies: [.product(name: "Tagged", package: "swift-tagged")]),
  ]
)
