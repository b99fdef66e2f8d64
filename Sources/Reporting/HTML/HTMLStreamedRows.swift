/// What a portfolio's single-file HTML report needs to know of component rows written a system at a time
/// (`HTMLReportWriter.componentRows`) to lay out the table around them.
public struct HTMLStreamedRows: Sendable, Equatable {
    /// How many rows were written: the components of every system.
    public var count: Int
    /// Whether the systems were classified (the table then has the classification columns).
    public var classified: Bool

    public init(count: Int, classified: Bool) {
        self.count = count
        self.classified = classified
    }
}
