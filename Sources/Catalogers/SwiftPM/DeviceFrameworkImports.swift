import SovScanModel

/// A Swift package for Apple's devices and the Mac whose own code imports a framework that exists only where a user
/// sits at the device (issue 15, thirty-fifth sample: Nordic Semiconductor's Wi-Fi provisioning library, whose
/// manifest supports iOS and macOS and whose sources import CoreBluetooth and NetworkExtension). Such a package is a
/// client library, as one that supports only device platforms is (`PackageManifest.clientAppEvidence`); a package
/// that also supports macOS may otherwise be a server developed on a Mac, so its platforms alone say nothing.
///
/// Read are the package's own `Sources/` files, only when its manifest names a device platform beside others and
/// only while walked whole; a file counts when a line of it imports one of `modules` (`import UIKit`,
/// `@preconcurrency import CoreBluetooth`).
enum DeviceFrameworkImports {
    /// Apple's frameworks for user interfaces and device hardware, which no server links.
    static let modules: Set<String> = [
        "UIKit", "AppKit", "Cocoa", "SwiftUI", "WatchKit", "CoreBluetooth", "CoreNFC", "ARKit", "HealthKit",
        "NetworkExtension", "CoreLocation", "MapKit", "AVKit", "StoreKit",
    ]

    /// "sources import CoreBluetooth (Sources/Scanner/Scanner.swift)" for the package in `folder` (relative to the
    /// scanned root); `nil` when its manifest names no device platform beside another one, no file imports such a
    /// framework, or the sources were not walked whole.
    static func evidence(manifest: PackageManifest?, inPackage folder: String, context: CatalogContext) -> String? {
        guard let platforms = manifest?.platforms,
              platforms.contains(where: PackageManifest.clientPlatforms.contains),
              !platforms.allSatisfy(PackageManifest.clientPlatforms.contains) else { return nil }
        guard let found = SwiftImports.first(inPackage: folder, among: modules, context: context) else { return nil }
        return "sources import \(found.module) (\(found.file))"
    }
}
