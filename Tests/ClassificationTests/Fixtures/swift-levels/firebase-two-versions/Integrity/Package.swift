// swift-tools-version: 5.9
import PackageDescription

let package = Package(
    name: "Integrity",
    platforms: [.iOS(.v15)],
    products: [.library(name: "Integrity", targets: ["Integrity"])],
    dependencies: [
        .package(url: "https://github.com/firebase/firebase-ios-sdk.git", .upToNextMajor(from: "11.10.0")),
    ],
    targets: [
        .target(name: "Integrity", dependencies: [.product(name: "FirebaseAppCheck", package: "firebase-ios-sdk")]),
    ]
)
