import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, tenth session: a proprietary database's driver that the system's projects declare beside an open
/// alternative's driver is one choice among them, an optional binding (Openfire bundles the drivers of every
/// database the administrator can pick; Uptime Kuma's monitors speak to whichever database they check). A driver
/// declared alone, beside only one open driver (two stores in use together), or beside another driver for the same
/// proprietary database, still binds.
@Suite struct OptionalBindingTests: ScansFixtures {
    private func binding(_ result: ClassifiedSystem, _ purlPrefix: String) throws -> BindingFacts? {
        try #require(result.classifications.first {
            $0.purl.description.lowercased().hasPrefix(purlPrefix.lowercased() + "@")
        }, "\(purlPrefix)").binding
    }

    @Test func driversBesideOpenAlternativesAreOptionalBindings() throws {
        let (_, result) = try scan("maven-optional-bindings/xmpp-server")
        for purl in ["pkg:maven/com.oracle.database.jdbc/ojdbc11", "pkg:maven/com.oracle.database.jdbc/rsi",
                     "pkg:maven/com.oracle.database.nls/orai18n", "pkg:maven/com.microsoft.sqlserver/mssql-jdbc"] {
            let facts = try #require(try binding(result, purl), "\(purl)")
            #expect(!facts.binds, "\(purl)")
            #expect(facts.optional?.role == "relational database driver")
            #expect(facts.optional?.alternatives == ["com.mysql:mysql-connector-j", "org.hsqldb:hsqldb",
                                                      "org.mariadb.jdbc:mariadb-java-client",
                                                      "org.postgresql:postgresql"], "\(purl)")
        }
        let ojdbc = try #require(result.classifications.first { $0.purl.name == "ojdbc11" })
        #expect(ojdbc.binding?.platform == "Oracle Database")
        #expect(ojdbc.explanation.contains {
            $0.fact == "binding" && $0.value == "optional" && $0.reason.contains("org.postgresql:postgresql")
        })
        #expect(try binding(result, "pkg:maven/net.sourceforge.jtds/jtds") == nil)
    }

    @Test func aDriverWithoutAnAlternativeStillBinds() throws {
        let (_, oracle) = try scan("maven-optional-bindings/oracle-service")
        let ojdbc = try #require(try binding(oracle, "pkg:maven/com.oracle.database.jdbc/ojdbc17"))
        #expect(ojdbc.binds && ojdbc.platform == "Oracle Database")
        // jTDS is another driver for SQL Server, not an alternative database.
        let (_, sqlServer) = try scan("maven-optional-bindings/sql-server-drivers")
        #expect(try binding(sqlServer, "pkg:maven/com.microsoft.sqlserver/mssql-jdbc")?.binds == true)
    }

    /// One open driver beside Oracle's may be a second store in use (a legacy archive), not a choice: it binds.
    @Test func oneOpenDriverBesideIsNoChoice() throws {
        let (_, archive) = try scan("maven-optional-bindings/legacy-archive")
        #expect(try binding(archive, "pkg:maven/com.oracle.database.jdbc/ojdbc11")?.binds == true)
    }

    /// Every project that declares the SDK must declare an alternative: one that declares Oracle's client alone
    /// needs Oracle.
    @Test func everyDeclaringProjectNeedsAnAlternative() throws {
        let monitor = "pkg:npm/uptime-monitor@2.0.0"
        let reports = "pkg:npm/report-export@1.0.0"
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        func classify(_ edges: [(String, String)]) throws -> ClassifiedSystem {
            let system = SystemInventory(
                name: "kuma", root: "/kuma",
                components: [try component(monitor, firstParty: true), try component(reports, firstParty: true),
                             try component("pkg:npm/oracledb@6.10.0", direct: true),
                             try component("pkg:npm/mssql@12.0.0", direct: true),
                             try component("pkg:npm/tedious@19.2.2"),
                             try component("pkg:npm/pg@8.11.6", direct: true),
                             try component("pkg:npm/mysql2@3.11.5", direct: true)],
                graph: DependencyGraph(edges: try edges.map { try edge($0.0, $0.1) }))
            return classifier.classify(system) { _ in nil }
        }
        let monitorEdges = [(monitor, "pkg:npm/oracledb@6.10.0"), (monitor, "pkg:npm/mssql@12.0.0"),
                            (monitor, "pkg:npm/pg@8.11.6"), (monitor, "pkg:npm/mysql2@3.11.5"),
                            ("pkg:npm/mssql@12.0.0", "pkg:npm/tedious@19.2.2")]
        let beside = try classify(monitorEdges)
        #expect(try binding(beside, "pkg:npm/oracledb")?.optional?.alternatives == ["mysql2", "pg"])
        // tedious comes with mssql; the SQL Server binding is optional as a whole.
        #expect(try binding(beside, "pkg:npm/tedious")?.binds == false)
        let alone = try classify(monitorEdges + [(reports, "pkg:npm/oracledb@6.10.0")])
        #expect(try binding(alone, "pkg:npm/oracledb")?.binds == true)
        #expect(try binding(alone, "pkg:npm/mssql")?.binds == false)
    }
}
