// swift-tools-version:5.5
import PackageDescription

let package = Package(
  name: "wallet-Danger",
  products: [
    .library(name: "DangerDeps", type: .dynamic, targets: ["wallet-Danger"]),
  ],
  dependencies: [
    .package(url: "https://github.com/danger/swift.git", from: "3.15.0"),
  ],
  targets: [
    .target(
      name: "wallet-Danger",
      dependencies: [
        .product(name: "Danger", package: "swift"),
      ],
      path: "wallet",
      sources: ["Resources/DangerProxy.swift"]),
  ])
