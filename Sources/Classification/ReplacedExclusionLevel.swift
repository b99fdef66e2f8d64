import SovScanModel

/// The level of a Maven direct dependency that its POM declares in place of the version another direct dependency
/// brings (`Component.mavenReplacesExcludedProperty`: excluded from that dependency and declared beside it). Such a
/// declaration patches that dependency's tree, so it serves what that dependency serves: InSEE's Queen listener
/// excludes `commons-beanutils` from `spring-boot-starter-artemis` and declares version 1.11.0 itself; it is part
/// of the JMS client (`middleware`), not the module's default (`backend`).
enum ReplacedExclusionLevel {
    /// The level and decision for the component at `index`, from the level that the dependency it was excluded from
    /// has by rule or linked products (`decided`); `nil` when it has no such property, or when that dependency is
    /// not a direct Maven dependency of the system with such a level other than `development-tooling`.
    static func level(of index: Int, in system: SystemInventory, decided: [(StackLevel?, Decision)?])
        -> (StackLevel?, Decision)? {
        let component = system.components[index]
        guard component.ecosystem == .maven,
              let excluder = component.properties[Component.mavenReplacesExcludedProperty] else { return nil }
        let source = system.components.indices.first { position in
            let other = system.components[position]
            return position != index && other.ecosystem == .maven && other.isDirect && !other.isFirstParty
                && "\(other.group ?? ""):\(other.name)" == excluder && decided[position]?.0 != nil
        }
        guard let source, let (found, decision) = decided[source], let level = found, level != .developmentTooling
        else { return nil }
        let name = system.components[source].displayName
        return (level, Decision(
            fact: "level", value: level.rawValue,
            reason: "declared in place of the version that \(name) brings (the POM excludes it from \(name)), so it "
                + "serves what \(name) serves: \(decision.reason)",
            rule: decision.rule, location: decision.location))
    }
}
