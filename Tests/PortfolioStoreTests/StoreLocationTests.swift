import Foundation
import Testing
@testable import PortfolioStore

struct StoreLocationTests {
    @Test func pathsAndSQLiteURLs() throws {
        #expect(try StoreLocation.parse("history.sqlite") == .sqlite(path: "history.sqlite"))
        #expect(try StoreLocation.parse("sqlite:/srv/sovscan/h.sqlite") == .sqlite(path: "/srv/sovscan/h.sqlite"))
        #expect(try StoreLocation.parse("sqlite:///srv/h.sqlite") == .sqlite(path: "/srv/h.sqlite"))
        #expect(try StoreLocation.parse("", repository: "/repo/sag") == .sqlite(path: "/repo/sag/.sovscan/history.sqlite"))
        #expect(try StoreLocation.parse("default:", repository: "/repo/sag") == .sqlite(path: "/repo/sag/.sovscan/history.sqlite"))
        #expect(throws: StoreError.self) { try StoreLocation.parse("sqlite:") }
        #expect(throws: StoreError.self) { try StoreLocation.parse("mysql://db/sovscan") }
    }

    @Test func postgresURLsWithoutPasswords() throws {
        let location = try StoreLocation.parse("postgres://sovscan@db.example:5433/history")
        guard case .postgres(let address) = location else {
            Issue.record("not a PostgreSQL location: \(location)")
            return
        }
        #expect(address.user == "sovscan")
        #expect(address.host == "db.example")
        #expect(address.port == 5433)
        #expect(address.database == "history")
        #expect(location.description == "postgres://sovscan@db.example:5433/history")
        do {
            _ = try StoreLocation.parse("postgres://sovscan:hemmelig@db.example/history")
            Issue.record("a password in the URL was accepted")
        } catch {
            #expect(!String(describing: error).contains("hemmelig"))
        }
        #expect(throws: StoreError.self) { try StoreLocation.parse("postgres://sovscan@db.example") }
    }
}
