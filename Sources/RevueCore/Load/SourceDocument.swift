/// One Markdown file of `content/`, read and split: its typed front matter and
/// its Markdown body, which the render stage turns into HTML.
///
/// A class that never changes once read: a page and every copy of it share one
/// document, where copying a struct of some twenty texts retained each of them
/// (a fifth of the CPU of a build with one page edited).
public final class SourceDocument: Sendable {
    /// The path shown in findings: `content/fr/chapitres/budget.md`.
    public let file: String
    public let language: Language
    /// The path inside the language's folder: `chapitres/budget.md`.
    public let path: String
    public let frontMatter: FrontMatter
    public let body: String
    /// The line of the file on which the body starts.
    public let bodyFirstLine: Int
    /// The digest of the front matter's text, for the build cache's `RenderFrame`; nil when not taken.
    let frontMatterDigest: ContentDigest?

    init(file: String, language: Language, path: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int,
         frontMatterDigest: ContentDigest? = nil) {
        self.file = file
        self.language = language
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.frontMatterDigest = frontMatterDigest
    }
}
