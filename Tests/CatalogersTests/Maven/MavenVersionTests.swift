import Catalogers
import Testing

@Suite struct MavenVersionTests {
    @Test func ordersVersionsAsMavenDoes() {
        let ordered = ["1.0-alpha1", "1.0-beta", "1.0-RC1", "1.0-SNAPSHOT", "1.0", "1.0.1", "1.2", "1.10", "2.0-RC1",
                       "2.0", "2.0-sp1", "2.0.1", "3.0"]
        for (lower, higher) in zip(ordered, ordered.dropFirst()) {
            #expect(MavenVersion(lower) < MavenVersion(higher), "\(lower) < \(higher)")
        }
        #expect(MavenVersion("1.0") == MavenVersion("1.0.0"))
        #expect(MavenVersion("1.0.Final") == MavenVersion("1.0"))
    }

    @Test func parsesAndEvaluatesRanges() throws {
        let halfOpen = try #require(MavenVersionConstraint("[1.0,2.0)"))
        #expect(halfOpen.isRange)
        #expect(halfOpen.contains(MavenVersion("1.10")))
        #expect(halfOpen.contains(MavenVersion("2.0-RC1")))
        #expect(!halfOpen.contains(MavenVersion("2.0")))
        let exact = try #require(MavenVersionConstraint("[1.2]"))
        #expect(exact.contains(MavenVersion("1.2")) && !exact.contains(MavenVersion("1.2.1")))
        let upTo = try #require(MavenVersionConstraint("(,1.0]"))
        #expect(upTo.contains(MavenVersion("0.9")) && upTo.contains(MavenVersion("1.0")) && !upTo.contains(MavenVersion("1.1")))
        let union = try #require(MavenVersionConstraint("[1.0,1.2),[2.0,)"))
        #expect(union.contains(MavenVersion("1.1")) && !union.contains(MavenVersion("1.5")) && union.contains(MavenVersion("3")))
        let soft = try #require(MavenVersionConstraint("1.5"))
        #expect(!soft.isRange && soft.contains(MavenVersion("9")))
        #expect(MavenVersionConstraint("[1.0,2.0") == nil)
        #expect(MavenVersionConstraint("[1,2,3]") == nil)
    }
}
