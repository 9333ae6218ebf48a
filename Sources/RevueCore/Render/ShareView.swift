import Foundation
import Mustache

/// What a page says of itself when it is shared in a message or read by a search engine:
/// Open Graph and Twitter card tags, and schema.org structured data as JSON-LD — a
/// `PublicationIssue` for an issue's cover, an `Article` for the pages of text.
struct ShareView: MustacheParent, Equatable, Encodable {
    /// `website` for a cover or a list, `article` for a page of text.
    let type: String
    /// `fr_MA`, and the other languages the page is translated into.
    let locale: String
    let alternateLocales: [String]
    let image: SharedImage?
    /// The JSON-LD, escaped so that no text of the page can end the `<script>` element.
    let structuredData: String?

    /// The picture a shared link shows, by its absolute address.
    struct SharedImage: MustacheParent, Equatable, Encodable {
        let url: String
        let alt: String
        let size: ImageSize?

        func child(named name: String) -> Any? {
            switch name {
            case "url": url
            case "alt": alt
            case "width": size?.width
            case "height": size?.height
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "type": type
        case "locale": locale
        case "alternateLocales": alternateLocales.isEmpty ? nil : alternateLocales
        case "image": image.map(TemplateContext.init)
        case "card": image == nil ? "summary" : "summary_large_image"
        case "structuredData": structuredData
        default: nil
        }
    }

    /// `fr-MA` → `fr_MA`, as Open Graph writes locales.
    static func openGraphLocale(_ identifier: String) -> String {
        String(identifier.map { $0 == "-" ? "_" : $0 })
    }

    /// `value` (texts and objects of texts) as JSON inside a `<script>` element, keys in order:
    /// `<`, `>` and `&` written as `\u003c`…, which JSON reads as the same characters and HTML
    /// cannot take for markup. Written by hand: Foundation's JSONSerialization costs a quarter
    /// of a build's time when every page has its JSON-LD.
    static func scriptJSON(_ value: [String: Any]) -> String {
        var json = ""
        append(value, to: &json)
        return json
    }

    private static func append(_ value: Any, to json: inout String) {
        if let object = value as? [String: Any] {
            json += "{"
            for (position, key) in object.keys.sorted().enumerated() {
                if position > 0 { json += "," }
                appendString(key, to: &json)
                json += ":"
                if let member = object[key] { append(member, to: &json) }
            }
            json += "}"
        } else {
            appendString(value as? String ?? "", to: &json)
        }
    }

    /// Control characters, `"`, `\`, and `<`, `>`, `&`, which could close the script element.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x22, 0x5C, 0x3C, 0x3E, 0x26: true
        default: false
        }
    }

    private static func appendString(_ text: String, to json: inout String) {
        json += "\""
        defer { json += "\"" }
        // Most texts hold nothing to escape: they go in whole.
        guard text.utf8.contains(where: Self.needsEscape) else {
            json += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "<": json += "\\u003c"
            case ">": json += "\\u003e"
            case "&": json += "\\u0026"
            case _ where scalar.value < 0x20: json += String(format: "\\u%04x", scalar.value)
            default: json.unicodeScalars.append(scalar)
            }
        }
    }
}
