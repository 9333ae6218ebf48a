/// The typed header of a content file, between its two `---` lines.
///
/// Every key is checked when the file is loaded; an unknown key is an error
/// with the nearest valid one suggested.
public struct FrontMatter: Sendable, Equatable {
    public var title: String = ""
    /// A shorter title for the navigation: « Éditorial » for a long editorial title.
    public var linkTitle: String?
    public var summary: String?
    public var date: Day?
    public var endDate: Day?
    /// A day that comes back every year, such as a world day: shown « 28 septembre », without
    /// the year of `date`, which only orders the page among the others.
    public var yearly = false
    public var weight: Int?
    public var number: Int?
    public var kind: PageKind?
    public var draft = false
    public var tags: [String] = []
    public var translationKey: String?
    public var cover: String?
    public var coverAlt: String?
    public var author: String?
    public var attribution: String?
    public var place: String?
    public var slogan: String?
    /// The period an issue covers, « 2023/2024 », in its `_index.md`.
    public var period: String?
    /// In a section's `_index.md`: the kind of the pages the folder holds.
    public var pages: PageKind?
    /// The line of each key in the file, for findings about its value.
    public var lines: [String: Int] = [:]

    /// Every key an editor may write, in the order the README documents them.
    public static let keys = [
        "title", "link_title", "summary", "date", "end_date", "yearly", "weight", "number", "kind", "draft", "tags",
        "translation_key", "cover", "cover_alt", "author", "attribution", "place", "slogan", "pages", "period",
    ]

    /// The chapter numbers a review can have.
    public static let numberRange = 0...9_999
    /// The weights that order pages; wide enough for any hand-made order, small enough to add to.
    public static let weightRange = -1_000_000...1_000_000

    public init() {}
}
