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
        default: nil
        }
    }
}
