import Foundation
import Testing
@testable import SovScanModel

/// The purl specification's own test suite (parse, validate/canonicalise, build), kept as a fixture.
struct PackageURLSpecificationTests {
    struct Case: Decodable, CustomTestStringConvertible {
        let suite: String
        let description: String
        let kind: String
        let input: Input
        let expected: Expected?
        let fails: Bool

        var testDescription: String { "\(suite): \(kind): \(description)" }
    }

    enum Input: Decodable {
        case text(String)
        case parts(Parts)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { self = .text(text) } else { self = .parts(try container.decode(Parts.self)) }
        }
    }

    enum Expected: Decodable {
        case text(String)
        case parts(Parts)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { self = .text(text) } else { self = .parts(try container.decode(Parts.self)) }
        }
    }

    struct Parts: Decodable {
        let type: String?
        let namespace: String?
        let name: String?
        let version: String?
        let qualifiers: [String: String]?
        let subpath: String?
    }

    static let cases: [Case] = {
        let url = Bundle.module.url(forResource: "Fixtures/purl-cases", withExtension: "json")!
        return try! JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }()

    @Test func suiteIsPresent() {
        #expect(Self.cases.count >= 100)
        #expect(Set(Self.cases.map(\.suite)).isSuperset(of: ["maven-test", "npm-test", "swift-test", "github-test", "generic-test", "specification-test"]))
    }

    @Test(arguments: cases)
    func specificationCase(_ testCase: Case) throws {
        switch (testCase.kind, testCase.input) {
        case ("parse", .text(let text)), ("validate", .text(let text)):
            if testCase.fails {
                #expect(throws: PackageURLError.self) { try PackageURL(parsing: text) }
                return
            }
            let purl = try PackageURL(parsing: text)
            switch testCase.expected {
            case .parts(let parts):
                #expect(purl.type == parts.type)
                #expect(purl.namespace == parts.namespace)
                #expect(purl.name == parts.name)
                #expect(purl.version == parts.version)
                #expect(purl.qualifiers == (parts.qualifiers ?? [:]))
                #expect(purl.subpath == parts.subpath)
            case .text(let canonical):
                #expect(purl.description == canonical)
                #expect(try PackageURL(parsing: canonical) == purl, "canonical form parses back to the same purl")
            case nil:
                Issue.record("a passing case without expected output")
            }
        case ("build", .parts(let parts)):
            let build = {
                try PackageURL(type: parts.type ?? "", namespace: parts.namespace, name: parts.name ?? "",
                               version: parts.version, qualifiers: parts.qualifiers ?? [:], subpath: parts.subpath)
            }
            if testCase.fails {
                #expect(throws: PackageURLError.self) { try build() }
                return
            }
            guard case .text(let canonical) = testCase.expected else {
                Issue.record("a build case expects a string")
                return
            }
            #expect(try build().description == canonical)
        default:
            Issue.record("unexpected case shape \(testCase.kind)")
        }
    }
}
