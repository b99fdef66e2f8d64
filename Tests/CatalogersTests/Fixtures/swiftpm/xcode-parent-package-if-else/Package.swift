// swift-tools-version:5.9

import Foundation
import PackageDescription

var package = Package(
  name: "game",
  platforms: [.iOS(.v16)],
  products: [
    .library(name: "GameCore", targets: ["GameCore"]),
  ],
  dependencies: [],
  targets: []
)
if ProcessInfo.processInfo.environment["TAGGED_FROM_MAIN"] != nil {
  package.dependencies += [
    .package(url: "https://github.com/pointfreeco/swift-tagged", branch: "main"),
  ]
  package.targets += [
    .target(name: "GameCore", dependencies: [.product(name: "Tagged", package: "swift-tagged")]),
  ]
} else {
  package.dependencies += [
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.6.0"),
  ]
  package.targets += [
    .target(name: "GameCore", dependencies: [.product(name: "Tagged", package: "swift-tagged")]),
  ]
}
