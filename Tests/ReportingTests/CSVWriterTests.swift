import Foundation
@testable import Reporting
import SovScanModel
import Testing

struct CSVWriterTests {
    @Test func oneRowPerComponentWithEveryColumn() throws {
        let text = String(decoding: CSVWriter().write(TestInventories.rich()), as: UTF8.self)
        let rows = CSVReader.rows(text, delimiter: ",")
        #expect(rows.first == CSVWriter.header)
        #expect(rows.count == 1 + 8)
        let spring = try #require(rows.first { $0[1] == "pkg:maven/org.springframework/spring-core@6.1.14" })
        #expect(spring == ["kommune-sag", "pkg:maven/org.springframework/spring-core@6.1.14", "maven", "org.springframework",
                           "spring-core", "6.1.14", "compile", "true", "false", "false", "Apache-2.0", "0.95",
                           "Apache License, Version 2.0", "backend/pom.xml:20:9; backend/sag-api/pom.xml:14:9", ""]
                + Array(repeating: "", count: 12), "no classification: its columns stay empty")
        let servlet = try #require(rows.first { $0[4] == "jakarta.servlet-api" })
        #expect(servlet[10] == "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0")
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test func semicolonsAndByteOrderMarkForDanishExcel() {
        let data = CSVWriter(delimiter: ";", byteOrderMark: true).write(TestInventories.rich())
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        let rows = CSVReader.rows(text, delimiter: ";")
        #expect(rows.first == CSVWriter.header)
        #expect(rows.allSatisfy { $0.count == CSVWriter.header.count })
        #expect(text.contains("\"Apache License, Version 2.0\"") == false, "a comma needs no quotes when ';' separates")
    }

    @Test func quotingFollowsRFC4180() {
        let writer = CSVWriter()
        #expect(writer.quote("plain") == "plain")
        #expect(writer.quote("a,b") == "\"a,b\"")
        #expect(writer.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(writer.quote("two\nlines") == "\"two\nlines\"")
        #expect(writer.quote("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter(delimiter: ";").quote("a,b") == "a,b")
    }
}

struct SubresourceIntegrityTests {
    @Test func digestsOfTheWrongLengthAreNoHashes() {
        #expect(SubresourceIntegrity.hash("sha512-AAEC") == nil)
        #expect(SubresourceIntegrity.hash("sha1-" + Data(count: 20).base64EncodedString())?.hex == String(repeating: "0", count: 40))
        #expect(SubresourceIntegrity.hash("md5-" + Data(count: 16).base64EncodedString()) == nil)
        #expect(SubresourceIntegrity.hash("sha256-not base64") == nil)
    }
}
