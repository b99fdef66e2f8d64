import Policy
import SovScanModel
import Testing

/// Expression satisfiability: OR needs one allowed branch, AND needs all, WITH is judged by its licence.
struct LicenseVerdictTests {
    /// An allowlist of MIT alone (a literal id has no glob to get wrong).
    let mitOnly = LicensePolicy(allow: [.name(PolicyPattern.literal("MIT"))], deny: [])

    func mit() -> LicenseExpression { .license(id: "MIT") }
    func gpl() -> LicenseExpression { .license(id: "GPL-3.0-only") }

    @Test func orPassesWhenOneBranchIsAllowed() {
        #expect(mitOnly.verdict(for: .or([mit(), gpl()]), knowledge: TestSupport.knowledge) == .allowed)
        #expect(mitOnly.verdict(for: .or([gpl(), mit()]), knowledge: TestSupport.knowledge) == .allowed)
    }

    @Test func andFailsWhenOneOperandIsNotAllowed() {
        #expect(mitOnly.verdict(for: .and([mit(), gpl()]), knowledge: TestSupport.knowledge)
            == .refused("GPL-3.0-only", denied: false))
        #expect(mitOnly.verdict(for: .and([mit(), mit()]), knowledge: TestSupport.knowledge) == .allowed)
    }

    @Test func nestedExpressions() throws {
        let policy = LicensePolicy(allow: [try LicensePattern("permissive")], deny: [try LicensePattern("AGPL-*")])
        // (MIT AND GPL) OR Apache: the Apache branch passes.
        let either = LicenseExpression.or([.and([mit(), gpl()]), .license(id: "Apache-2.0")])
        #expect(policy.verdict(for: either, knowledge: TestSupport.knowledge) == .allowed)
        // MIT AND (GPL OR AGPL): neither branch of the OR passes; the explicit denial is the stronger reason.
        let both = LicenseExpression.and([mit(), .or([gpl(), .license(id: "AGPL-3.0-only")])])
        #expect(policy.verdict(for: both, knowledge: TestSupport.knowledge) == .refused("GPL-3.0-only", denied: false))
        let denied = LicenseExpression.and([mit(), .license(id: "AGPL-3.0-only")])
        #expect(policy.verdict(for: denied, knowledge: TestSupport.knowledge) == .refused("AGPL-3.0-only", denied: true))
    }

    @Test func withKeepsTheLicence() throws {
        let policy = LicensePolicy(allow: [try LicensePattern("weak-copyleft")], deny: [])
        let classpath = LicenseExpression.license(id: "GPL-2.0-only", exception: "Classpath-exception-2.0")
        #expect(policy.verdict(for: classpath, knowledge: TestSupport.knowledge)
            == .refused("GPL-2.0-only WITH Classpath-exception-2.0", denied: false))
        let byName = LicensePolicy(allow: [try LicensePattern("GPL-2.0-only WITH Classpath-exception-2.0")], deny: [])
        #expect(byName.verdict(for: classpath, knowledge: TestSupport.knowledge) == .allowed)
        let byID = LicensePolicy(allow: [try LicensePattern("GPL-2.0-only")], deny: [])
        #expect(byID.verdict(for: classpath, knowledge: TestSupport.knowledge) == .allowed)
    }

    @Test func denyBeatsAllowAndCategoriesAndGlobsMatch() throws {
        let policy = LicensePolicy(allow: [try LicensePattern("permissive"), try LicensePattern("LGPL-*")],
                                   deny: [try LicensePattern("Apache-2.0"), try LicensePattern("source-available")])
        #expect(policy.verdict(for: .license(id: "Apache-2.0"), knowledge: TestSupport.knowledge) == .refused("Apache-2.0", denied: true))
        #expect(policy.verdict(for: .license(id: "bsd-3-clause"), knowledge: TestSupport.knowledge) == .allowed)
        #expect(policy.verdict(for: .license(id: "LGPL-2.1-only"), knowledge: TestSupport.knowledge) == .allowed)
        #expect(policy.verdict(for: .license(id: "BUSL-1.1"), knowledge: TestSupport.knowledge) == .refused("BUSL-1.1", denied: true))
        #expect(policy.verdict(for: .license(id: "GPL-2.0-only", orLater: true), knowledge: TestSupport.knowledge)
            == .refused("GPL-2.0-only+", denied: false))
    }

    @Test func unknownLicencesAreUnknownUnlessNamed() throws {
        let open = LicensePolicy()
        #expect(open.verdict(for: .license(id: "LicenseRef-acme"), knowledge: TestSupport.knowledge) == .unknown("LicenseRef-acme"))
        #expect(open.verdict(for: mit(), knowledge: TestSupport.knowledge) == .allowed)
        // An unknown licence OR an allowed one is allowed; AND with a refused one is refused.
        #expect(mitOnly.verdict(for: .or([.license(id: "LicenseRef-x"), mit()]), knowledge: TestSupport.knowledge) == .allowed)
        #expect(mitOnly.verdict(for: .and([.license(id: "LicenseRef-x"), gpl()]), knowledge: TestSupport.knowledge)
            == .refused("GPL-3.0-only", denied: false))
        #expect(mitOnly.verdict(for: .and([.license(id: "LicenseRef-x"), mit()]), knowledge: TestSupport.knowledge)
            == .unknown("LicenseRef-x"))
        let named = LicensePolicy(allow: [try LicensePattern("LicenseRef-acme")], deny: [])
        #expect(named.verdict(for: .license(id: "LicenseRef-acme"), knowledge: TestSupport.knowledge) == .allowed)
    }
}
