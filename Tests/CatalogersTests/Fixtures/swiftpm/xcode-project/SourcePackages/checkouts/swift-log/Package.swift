// swift-tools-version:5.9
// A checkout's own manifest: a dependency's file, not a project of the scanned system.
import PackageDescription

let package = Package(name: "swift-log")
