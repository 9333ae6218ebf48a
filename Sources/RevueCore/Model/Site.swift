/// The whole review once resolved: every page of every language, placed and
/// linked, with the files copied as they are. The render stage reads only this.
public struct Site: Sendable {
    public let config: SiteConfig
    public var pages: [Page]
    public var staticFiles: [StaticFile]
    /// The home page of each language, by language code.
    public var homes: [String: Int]
    /// The chapters of each language in Sommaire order, by language code.
    public var chapters: [String: [Int]]
    /// Every page by its content path with its language: `fr/chapitres/budget.md`.
    public var pagesByContentPath: [String: Int]
    /// Every copied file by its path inside `content/`: `fr/chapitres/carte.png`.
    public var staticContentPaths: Set<String>

    /// The pages of one language.
    public func pages(in language: Language) -> [Int] {
        pages.indices.filter { pages[$0].language.code == language.code }
    }
}
