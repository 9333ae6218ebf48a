import Mustache

/// A line of a chapter's own table of contents.
struct TableOfContentsEntry: MustacheParent, Equatable, Encodable {
    let id: String
    let text: String
    let isSubheading: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "text": text
        case "isSubheading": isSubheading
        default: nil
        }
    }
}
