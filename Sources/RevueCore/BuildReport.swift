/// What a successful build did, for its summary line.
public struct BuildReport: Sendable {
    public var pagesPerLanguage: [(language: Language, pages: Int)]
    public var filesWritten: Int
    /// Files the build found as they already were in the previous build, and did not write.
    public var filesUnchanged: Int = 0
    /// Pages made into views by this build; the others were kept as the last build published them.
    public var pagesRendered: Int = 0
    public var seconds: Double
    /// How long each stage took, in order, for `revue build --timings`.
    public var stages: [(stage: Message, seconds: Double)]
    public var warnings: [Diagnostic]

    /// `Built pages: 31 in Français, 31 in العربية; 68 files written in 0.09 s.`, or after a
    /// build that found most files as they were: `…; 2 of 68 files written in 0.05 s.`
    public var summary: Message {
        let pages = Message.joined(pagesPerLanguage.map { "\($0.pages) in \($0.language.name)" }, separator: ", ")
        let time: Message = "\(seconds, digits: 2)"
        let written: Message = filesUnchanged == 0
            ? .counting(filesWritten, one: "\(filesWritten) file written in \(time) s", other: "\(filesWritten) files written in \(time) s")
            : "\(filesWritten) of \(filesWritten + filesUnchanged) files written in \(time) s"
        return warnings.isEmpty ? "Built pages: \(pages); \(written)."
            : "Built pages: \(pages); \(written), \(Message.warnings(warnings.count))."
    }
}
