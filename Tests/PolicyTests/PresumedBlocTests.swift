import Classification
@testable import Policy
import SovScanModel
import Testing

/// A bloc that only a Maven groupId's country domain shows (no rule names a vendor) is reported, but a policy's
/// `blocs.deny` judges vendors' blocs only (docs/policy.md): a presumption does not fail the gate.
struct PresumedBlocTests {
    private func classification(_ purl: String, vendor: VendorFacts?, bloc: Bloc) throws -> Classification {
        Classification(purl: try PackageURL(parsing: purl), level: .backend, technology: "lib", technologyRule: nil,
                       vendor: vendor, bloc: bloc, governance: vendor?.governance, binding: nil, relicensing: [],
                       license: .unknown, isFirstParty: false, ships: true, seal: nil, explanation: [])
    }

    @Test func aBlocPresumedFromTheGroupIdIsNotJudged() throws {
        let presumed = try classification("pkg:maven/cn.example.corp/lib@1.0.0", vendor: nil, bloc: .cn)
        #expect(PolicySubjectBuilder.facts(presumed).bloc == nil)
        let vendor = VendorFacts(Vendor(id: "huawei-cloud", name: "Huawei Cloud", country: "CN", bloc: .cn,
                                        governance: .company, sources: []))
        let named = try classification("pkg:maven/com.huaweicloud/esdk-obs-java@3.24.3", vendor: vendor, bloc: .cn)
        #expect(PolicySubjectBuilder.facts(named).bloc == "CN")
    }

    @Test func aPresumedVendorIsNotJudged() throws {
        var independent = VendorFacts(Vendor(id: "independent", name: "Independent open-source maintainers", country: nil,
                                             bloc: .unknown, governance: .community, sources: []))
        #expect(PolicySubjectBuilder.facts(try classification("pkg:npm/chalk@5.0.0", vendor: independent, bloc: .unknown))
            .vendorID == "independent", "a rule names it: judged")
        independent.presumed = true
        let facts = PolicySubjectBuilder.facts(try classification("pkg:npm/tiny-kit@1.0.0", vendor: independent, bloc: .unknown))
        #expect(facts.vendorID == nil && facts.vendorName == nil && facts.bloc == nil)
    }
}
