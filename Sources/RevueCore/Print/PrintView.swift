import Mustache

/// Everything the `print` template shows: the whole review in one document,
/// in one language, for Chromium to print.
struct PrintView: MustacheParent, Sendable {
    let lang: String
    let dir: String
    let siteTitle: String
    let subtitle: String?
    let publisher: String?
    let issue: String
    let period: String
    let strings: InterfaceStrings
    /// The site's stylesheet, relative to the edition.
    let stylesheet: String
    /// The text of each printed page's running head, as a CSS string: `"Revue N° 2 · 2022/2023"`.
    let runningHead: String
    /// The pages before the Sommaire: the royal message, the editorial.
    let opening: [PrintPart]
    /// The chapters, in the Sommaire's order.
    let chapters: [PrintPart]

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "dir": dir
        case "siteTitle": siteTitle
        case "subtitle": subtitle
        case "publisher": publisher
        case "issue": issue
        case "period": period
        case "strings": strings
        case "stylesheet": stylesheet
        case "runningHead": runningHead
        case "opening": opening.map(TemplateContext.init)
        case "chapters": chapters.map(TemplateContext.init)
        default: nil
        }
    }
}
