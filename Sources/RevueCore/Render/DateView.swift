import Mustache

/// A day or a span of days, for `<time datetime="2023-05-12">12 mai 2023</time>`.
struct DateView: MustacheParent, Equatable, Encodable {
    let iso: String
    let text: String
    let endISO: String?
    let endText: String?

    func child(named name: String) -> Any? {
        switch name {
        case "iso": iso
        case "text": text
        case "end": endISO.map { iso in ["iso": iso, "text": endText ?? ""] }
        default: nil
        }
    }
}
