import Foundation
import SovScanModel
import Yams

/// One licence sovscan knows: an SPDX licence from the generated list, or a `LicenseRef-` licence from
/// `Rules/licenses/categories.yml`.
public struct LicenseInfo: Sendable, Hashable {
    /// Canonical spelling (`Apache-2.0`, `LicenseRef-Commons-Clause`).
    public let id: String
    public let name: String
    /// OSI-approved.
    public let osi: Bool
    /// On FSF's list of free licences.
    public let fsf: Bool
    /// OSS status forced by `categories.yml` (`ossOverrides`, `oss:` of a non-SPDX licence).
    public let ossOverride: Bool?
    public let deprecated: Bool
    /// The SPDX expression that replaces a deprecated id, and the one for its `+` form.
    public let replacedBy: String?
    public let replacedByOrLater: String?
    public let category: LicenseCategory
    /// Where the licence text is published (SPDX cross references).
    public let urls: [String]
    /// Listed by SPDX (not a `LicenseRef-`).
    public let isSPDX: Bool

    /// Open source: OSI-approved or FSF-free, unless `categories.yml` says otherwise.
    public var isOSS: Bool { ossOverride ?? (osi || fsf) }
}

/// An SPDX licence exception.
public struct LicenseExceptionInfo: Sendable, Hashable {
    public let id: String
    public let name: String
    public let deprecated: Bool
    /// Lets code link to a strong-copyleft licence without taking it on (`Classpath-exception-2.0`).
    public let weakensCopyleft: Bool
}

/// Errors reading `Rules/licenses/`.
public struct LicenseDataError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let message: String
    public var description: String { "\(file): \(message)" }
}

/// The licences and exceptions sovscan knows, looked up case-insensitively.
public struct LicenseList: Sendable {
    /// By lowercased id.
    private let licenses: [String: LicenseInfo]
    private let exceptions: [String: LicenseExceptionInfo]

    /// Every licence, sorted by id.
    public var allLicenses: [LicenseInfo] { licenses.values.sorted { $0.id < $1.id } }

    /// Every exception, sorted by id.
    var allExceptions: [LicenseExceptionInfo] { exceptions.values.sorted { $0.id < $1.id } }

    public init(licenses: [LicenseInfo], exceptions: [LicenseExceptionInfo]) {
        var byID: [String: LicenseInfo] = [:]
        for license in licenses { byID[license.id.lowercased()] = license }
        self.licenses = byID
        var exceptionsByID: [String: LicenseExceptionInfo] = [:]
        for exception in exceptions { exceptionsByID[exception.id.lowercased()] = exception }
        self.exceptions = exceptionsByID
    }

    /// The licence with this id in any letter case.
    public func license(_ id: String) -> LicenseInfo? { licenses[id.lowercased()] }

    /// The exception with this id in any letter case.
    public func exception(_ id: String) -> LicenseExceptionInfo? { exceptions[id.lowercased()] }

    /// Loads `spdx-licenses.json`, `spdx-exceptions.json` and `categories.yml` from `rulesDirectory/licenses/`.
    public static func load(rulesDirectory: URL) throws -> LicenseList {
        let folder = rulesDirectory.appendingPathComponent("licenses")
        let licenseFile = try RulesFile.json(folder.appendingPathComponent("spdx-licenses.json"), as: LicenseFile.self)
        let exceptionFile = try RulesFile.json(
            folder.appendingPathComponent("spdx-exceptions.json"), as: ExceptionFile.self)
        let categories = try RulesFile.yaml(folder.appendingPathComponent("categories.yml"), as: CategoriesFile.self)
        let weakening = Set((categories.weakeningExceptions ?? []).map { $0.lowercased() })

        var licenses: [LicenseInfo] = []
        for row in licenseFile.licenses {
            guard let category = LicenseCategory(rawValue: row.category) else {
                throw LicenseDataError(file: "spdx-licenses.json", message: "\(row.id): unknown category \(row.category)")
            }
            licenses.append(LicenseInfo(
                id: row.id, name: row.name, osi: row.osi, fsf: row.fsf, ossOverride: row.ossOverride,
                deprecated: row.deprecated, replacedBy: row.replacedBy, replacedByOrLater: row.replacedByOrLater,
                category: category, urls: row.urls, isSPDX: true))
        }
        for row in categories.nonSPDX ?? [] {
            guard row.id.hasPrefix("LicenseRef-"), let category = LicenseCategory(rawValue: row.category) else {
                throw LicenseDataError(
                    file: "categories.yml", message: "\(row.id): needs a LicenseRef- id and a known category")
            }
            licenses.append(LicenseInfo(
                id: row.id, name: row.name, osi: false, fsf: false, ossOverride: row.oss ?? false,
                deprecated: false, replacedBy: nil, replacedByOrLater: nil, category: category, urls: [],
                isSPDX: false))
        }
        let exceptions = exceptionFile.exceptions.map {
            LicenseExceptionInfo(
                id: $0.id, name: $0.name, deprecated: $0.deprecated, weakensCopyleft: weakening.contains($0.id.lowercased()))
        }
        return LicenseList(licenses: licenses, exceptions: exceptions)
    }

    private struct LicenseFile: Decodable {
        struct Row: Decodable {
            let id: String
            let name: String
            let osi: Bool
            let fsf: Bool
            let deprecated: Bool
            let category: String
            let urls: [String]
            let ossOverride: Bool?
            let replacedBy: String?
            let replacedByOrLater: String?
        }
        let licenses: [Row]
    }

    private struct ExceptionFile: Decodable {
        struct Row: Decodable {
            let id: String
            let name: String
            let deprecated: Bool
        }
        let exceptions: [Row]
    }

    private struct CategoriesFile: Decodable {
        struct NonSPDX: Decodable {
            let id: String
            let name: String
            let category: String
            let oss: Bool?
        }
        let nonSPDX: [NonSPDX]?
        let weakeningExceptions: [String]?
    }
}

/// Reads one data file of `Rules/` with errors that name the file.
enum RulesFile {
    static func data(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw LicenseDataError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
    }

    static func json<T: Decodable>(_ url: URL, as type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: try data(url))
        } catch let error as LicenseDataError {
            throw error
        } catch {
            throw LicenseDataError(file: url.path, message: "invalid: \(error)")
        }
    }

    static func yaml<T: Decodable>(_ url: URL, as type: T.Type) throws -> T {
        let bytes = try data(url)
        do {
            return try YAMLDecoder().decode(T.self, from: bytes)
        } catch {
            throw LicenseDataError(file: url.path, message: "invalid: \(error)")
        }
    }
}
