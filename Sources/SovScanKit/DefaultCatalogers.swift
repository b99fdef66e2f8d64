import Catalogers

extension Scanner {
    /// The catalogers a scan runs, one per ecosystem (one line each; keep sorted by name).
    public static let defaultCatalogers: [any Cataloger] = [
        CICataloger(),
        ContainerCataloger(),
        HelmCataloger(),
        KubernetesCataloger(),
        MavenCataloger(),
        NPMCataloger(),
        SwiftPMCataloger(),
        TerraformCataloger(),
    ]
}
