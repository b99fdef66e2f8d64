// swift-tools-version: 6.2
import PackageDescription
import Foundation

var dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.1")),
    .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "6.2.2")),
]

if FileManager.default.fileExists(atPath: "Enterprise/Package.swift") {
    dependencies.append(.package(path: "./enterprise"))
}

let package = Package(
    name: "Developer Tools",
    products: [.executable(name: "tools", targets: ["Tools"])],
    dependencies: dependencies,
    targets: [
        .executableTarget(name: "Tools",
                          dependencies: [
                            .product(name: "ArgumentParser", package: "swift-argument-parser"),
                            .product(name: "Yams", package: "Yams"),
                          ],
                          path: "Tools/Sources"),
    ]
)
