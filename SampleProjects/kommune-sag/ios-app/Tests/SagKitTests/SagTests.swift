import XCTest
@testable import SagKit

final class SagTests: XCTestCase {
    func testNewCaseStartsAsReceived() {
        XCTAssertEqual(Sag(id: "2026-0001", titel: "Byggetilladelse").status, .modtaget)
    }
}
