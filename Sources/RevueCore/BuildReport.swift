/// What a successful build did, for its summary line.
public struct BuildReport: Sendable {
    public var pagesPerLanguage: [(language: Language, pages: Int)]
    public var filesWritten: Int
    /// Files the build found as they already were in the previous build, and did not write.
    public var filesUnchanged: Int = 0
    public var seconds: Double
    /// How long each stage took, in order, for `revue build --timings`.
    public var stages: [(stage: String, seconds: Double)]
    public var warnings: [Diagnostic]

    /// `Built pages: 31 in Français, 31 in العربية; 68 files written in 0.09 s.`, or after a
    /// build that found most files as they were: `…; 2 of 68 files written in 0.05 s.`
    public var summary: String {
        let pages = pagesPerLanguage.map { "\($0.pages) in \($0.language.name)" }.joined(separator: ", ")
        let warningText = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        let files = filesUnchanged == 0 ? "\(filesWritten)" : "\(filesWritten) of \(filesWritten + filesUnchanged)"
        return "Built pages: \(pages); \(files) files written in \(String(format: "%.2f", seconds)) s\(warningText)."
    }
}
