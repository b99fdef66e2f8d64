/// A GitHub repository at a revision (a commit id or a tag), as the GitHub sources ask about it.
public struct GitHubRepository: Sendable, Hashable {
    public var owner: String
    public var name: String
    public var ref: String?

    public init(owner: String, name: String, ref: String?) {
        self.owner = owner
        self.name = name
        self.ref = ref
    }
}
