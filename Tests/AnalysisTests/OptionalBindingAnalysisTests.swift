import Foundation
import Testing
@testable import Analysis
import Classification
import SovScanModel

/// Issue 15, tenth session: an optional binding (a proprietary database's driver shipped beside open alternatives)
/// is reported apart, with its alternatives, and counts neither in the Infrastruktur shares nor as a risk.
@Suite struct OptionalBindingAnalysisTests {
    @Test func anOptionalBindingIsReportedButNotCounted() throws {
        let oracle = vendor("oracle", .us, .company, country: "US")
        let choice = OptionalBinding(role: "relational database driver", alternatives: ["org.postgresql:postgresql"],
                                     sources: ["https://docs.oracle.com/en/java/javase/21/docs/api/java.sql/java/sql/DriverManager.html"])
        let optional = BindingFacts(rule: "oracle-db", platform: "Oracle Database", kind: .database, proprietary: true,
                                    vendor: oracle, optional: choice)
        let system = ClassifiedSystem(name: "xmpp", classifications: [
            classified("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.26.2.0.0", level: .database,
                       technology: "Oracle JDBC", oss: false, vendor: oracle, binding: optional, seal: 0),
            classified("pkg:maven/org.postgresql/postgresql@42.7.12", level: .database, technology: "PostgreSQL JDBC",
                       oss: true, seal: 3),
        ])
        let analysis = Analyzer().analyse(system)
        #expect(analysis.bindings.isEmpty)
        let platform = try #require(analysis.levels.first { $0.level == .platform })
        #expect(platform.units.isEmpty)
        #expect(!analysis.risks.contains { $0.kind == .bindingWithoutExitPlan })
        let reported = try #require(analysis.optionalBindings)
        #expect(reported.map(\.platform) == ["Oracle Database"])
        #expect(reported.first?.optional?.alternatives == ["org.postgresql:postgresql"])
        #expect(reported.first?.components == ["pkg:maven/com.oracle.database.jdbc/ojdbc11@23.26.2.0.0"])

        // The same driver bound (no alternative): a platform unit and a risk, and nothing optional.
        var bound = system
        bound.classifications[0].binding = BindingFacts(rule: "oracle-db", platform: "Oracle Database", kind: .database,
                                                        proprietary: true, vendor: oracle)
        let boundAnalysis = Analyzer().analyse(bound)
        #expect(boundAnalysis.bindings.map(\.platform) == ["Oracle Database"])
        #expect(boundAnalysis.risks.contains { $0.kind == .bindingWithoutExitPlan })
        #expect(boundAnalysis.optionalBindings == nil)
    }
}
