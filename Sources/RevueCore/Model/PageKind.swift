/// What a page is in the review; each kind has its own template in the theme.
///
/// The kind is written in front matter (`kind: editorial`) or implied: the
/// language's root `_index.md` is the home page, any other `_index.md` a section,
/// and a page takes the kind its section's `pages:` key names.
public enum PageKind: String, CaseIterable, Sendable, Hashable, Encodable {
    /// The cover of the review: in a series, of its latest issue.
    case home
    /// One issue of a review published as a series (`kind: issue` in the `_index.md` of the
    /// issue's folder, with its `number` and `period`): its cover and its Sommaire.
    case issue
    /// A folder's `_index.md`: lists the pages of the folder.
    case section
    /// A numbered chapter of the review, listed in the Sommaire.
    case chapter
    /// An activity article (a meeting, a workshop), listed newest first.
    case activity
    /// An awareness campaign, with its dates and slogan.
    case campaign
    /// A message with its source, such as the royal message.
    case message
    /// The minister's editorial, signed by its author.
    case editorial
    /// Any other page.
    case page

    /// Whether a page of this kind is made of its own text; a home page and a section list other pages.
    public var isWritten: Bool {
        self != .home && self != .section && self != .issue
    }

    /// The template that renders pages of this kind: an issue's cover is drawn as the home's.
    public var templateName: String { self == .issue ? PageKind.home.rawValue : rawValue }
}
