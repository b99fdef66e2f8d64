@testable import Catalogers
import Foundation
import Testing

/// `PropertyInterpolator.lookups(of:)` says everything an interpolation reads: the Maven model builder shares
/// one interpolation of an inherited list among the modules whose lookups are equal.
@Suite struct PropertyLookupsTests {
    private func interpolator(_ properties: [String: String], version: String = "1.0") -> PropertyInterpolator {
        PropertyInterpolator(modelValues: ["version": version], userProperties: [:], modelProperties: properties,
                             systemProperties: ["java.version": "17"])
    }

    @Test func valuesWithoutADollarAreLeftAsTheyAre() {
        #expect(!PropertyInterpolator.mayReference("1.2.3"))
        #expect(!PropertyInterpolator.mayReference(""))
        #expect(PropertyInterpolator.mayReference("${a}"))
        #expect(PropertyInterpolator.mayReference("a long value of more than fifteen bytes that ends in $"))
        // A string without contiguous UTF-8 of its own (bridged) is looked at through its view.
        #expect(PropertyInterpolator.mayReference(String(NSString(string: "é${a}"))))
        var interpolator = interpolator(["a": "b"])
        #expect(interpolator.interpolate("no reference") == "no reference")
        #expect(interpolator.interpolate("x-${a}") == "x-b")
    }

    @Test func referencesAreReadAsInterpolationReadsThem() {
        #expect(PropertyInterpolator.references(in: "plain") == [])
        #expect(PropertyInterpolator.references(in: "${a}-${project.version}") == ["a", "project.version"])
        #expect(PropertyInterpolator.references(in: "$${a}") == ["a"])
        #expect(PropertyInterpolator.references(in: "${a${b}}") == ["a${b"])
        #expect(PropertyInterpolator.references(in: "${open") == [])
        #expect(PropertyInterpolator.references(in: "${}") == [""])
    }

    @Test func lookupsFollowValuesToTheNamesTheyUse() {
        let lookups = interpolator(["a": "${b}.${project.version}", "b": "${a}", "c": "3"]).lookups(of: ["a", "x", "a"])
        #expect(lookups == [
            .init(name: "a", value: "${b}.${project.version}"), .init(name: "x", value: nil),
            .init(name: "b", value: "${a}"), .init(name: "project.version", value: "1.0"),
        ])
    }

    /// Random property sets over a few names: whenever two interpolators look up the same values for a text's
    /// names, they interpolate it alike, with the same unresolved names.
    @Test func equalLookupsInterpolateAlike() {
        let names = ["a", "b", "c", "project.version", "java.version", "env.HOME"]
        let pieces = names.map { "${\($0)}" } + ["x", "-", "${", "}"]
        var generator = SplitMix(seed: 23)
        func text() -> String {
            (0..<Int(generator.next() % 4)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
        func properties() -> [String: String] {
            var properties: [String: String] = [:]
            for name in names.prefix(3) where generator.next() % 4 != 0 { properties[name] = text() }
            return properties
        }
        var compared = 0
        for _ in 0..<400 {
            let texts = (0..<3).map { _ in text() }
            var first = interpolator(properties(), version: generator.next() % 2 == 0 ? "1.0" : "2.0")
            var second = interpolator(properties(), version: generator.next() % 2 == 0 ? "1.0" : "2.0")
            let used = texts.flatMap(PropertyInterpolator.references(in:))
            guard first.lookups(of: used) == second.lookups(of: used) else { continue }
            if !used.isEmpty { compared += 1 }
            for text in texts {
                first.resetUnresolved()
                second.resetUnresolved()
                #expect(first.interpolate(text) == second.interpolate(text))
                #expect(first.unresolved == second.unresolved)
            }
        }
        // Enough pairs with names to look up met the condition for the check to mean something.
        #expect(compared > 50)
    }
}
