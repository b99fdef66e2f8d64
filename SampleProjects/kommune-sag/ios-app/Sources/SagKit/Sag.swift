import Foundation

/// A municipal case (sag) as the field app shows it: number, title, status and the date it was opened.
public struct Sag: Identifiable, Hashable, Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case modtaget, underBehandling, afgjort
    }

    public let id: String
    public var titel: String
    public var status: Status
    public var oprettet: Date

    public init(id: String, titel: String, status: Status = .modtaget, oprettet: Date = Date()) {
        self.id = id
        self.titel = titel
        self.status = status
        self.oprettet = oprettet
    }
}
