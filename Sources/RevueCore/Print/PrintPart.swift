import Mustache

/// One page of the review in its print edition: the cover's text, the royal
/// message, the editorial or a chapter, with its anchor in the edition.
struct PrintPart: MustacheParent, Sendable {
    /// The anchor the Sommaire links to: `part-3`.
    let id: String
    let kind: PageKind
    let title: String
    let number: Int?
    let author: String?
    let lead: String?
    let content: String
    /// The page of the printed edition it starts on, once known.
    var page: Int?
    /// What the measuring print writes beside its label, to be found in the PDF (`PrintPages`).
    var marker: String?

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "kind": kind.rawValue
        case "isChapter": kind == .chapter
        case "title": title
        case "number": number
        case "author": author
        case "lead": lead
        case "content": content
        case "page": page
        case "marker": marker
        default: nil
        }
    }
}
