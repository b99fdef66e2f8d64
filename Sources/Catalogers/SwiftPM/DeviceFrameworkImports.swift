import SovScanModel

/// A Swift package for Apple's devices and the Mac whose own code imports a framework that exists only where a user
/// sits at the device (issue 15, thirty-fifth sample: Nordic Semiconductor's Wi-Fi provisioning library, whose
/// manifest supports iOS and macOS and whose sources import CoreBluetooth and NetworkExtension). Such a package is a
/// client library, as one that supports only device platforms is (`PackageManifest.clientAppEvidence`); a package
/// that also supports macOS may otherwise be a server developed on a Mac, so its platforms alone say nothing.
///
/// Read are the package's own `Sources/` files, only when its manifest names a device platform beside others and
/// only while walked whole; a file counts when a line of it imports one of `modules` (`import UIKit`,
/// `@preconcurrency import CoreBluetooth`) outside any `#if` block: a package that also builds for Linux imports
/// UIKit under `#if canImport(UIKit)` for its Apple targets only, which says nothing about where it runs.
enum DeviceFrameworkImports {
    /// Apple's frameworks for user interfaces and device hardware, which no server links.
    static let modules: Set<String> = [
        "UIKit", "AppKit", "Cocoa", "SwiftUI", "WatchKit", "CoreBluetooth", "CoreNFC", "ARKit", "HealthKit",
        "NetworkExtension", "CoreLocation", "MapKit", "AVKit", "StoreKit",
    ]

    /// "sources import CoreBluetooth (Sources/Scanner/Scanner.swift)" for the package whose manifest is `manifest` and
    /// whose sources' imports are `imports`; `nil` when its manifest names no device platform beside another one, no
    /// file imports such a framework, or the sources were not walked whole (`imports` is `nil`).
    static func evidence(manifest: PackageManifest?, imports: PackageImports?) -> String? {
        guard reads(manifest), let found = imports?.first(among: modules, conditional: false) else { return nil }
        return "sources import \(found.module) (\(found.file))"
    }

    /// Whether the package's imports matter: its manifest names a device platform beside another one.
    static func reads(_ manifest: PackageManifest?) -> Bool {
        guard let platforms = manifest?.platforms else { return false }
        return platforms.contains(where: PackageManifest.clientPlatforms.contains)
            && !platforms.allSatisfy(PackageManifest.clientPlatforms.contains)
    }
}
