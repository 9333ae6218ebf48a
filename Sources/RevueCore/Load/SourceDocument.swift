/// One Markdown file of `content/`, read and split: its typed front matter and
/// its Markdown body, which the render stage turns into HTML.
public struct SourceDocument: Sendable {
    /// The path shown in findings: `content/fr/chapitres/budget.md`.
    public let file: String
    public let language: Language
    /// The path inside the language's folder: `chapitres/budget.md`.
    public let path: String
    public var frontMatter: FrontMatter
    public let body: String
    /// The line of the file on which the body starts.
    public let bodyFirstLine: Int
    /// The digest of the front matter's text, for the build cache's `RenderFrame`; nil when not taken.
    var frontMatterDigest: ContentDigest? = nil
}
