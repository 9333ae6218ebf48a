import Mustache

/// Everything the `print` template shows: the whole review in one document,
/// in one language, for Chromium to print. What every page shows (language,
/// titles, strings, `root`) comes from the site's own page view.
struct PrintView: MustacheParent, Sendable {
    /// The view every page of this language starts from, at the site's root.
    let site: PageView
    /// The text of each printed page's running head, as a CSS string: `"Revue N° 2 · 2022/2023"`.
    let runningHead: String
    /// The pages before the Sommaire: the royal message, the editorial.
    let opening: [PrintPart]
    /// The chapters, in the Sommaire's order.
    let chapters: [PrintPart]
    /// The issue printed: its number, its period and its title under the review's (in a series, the issue page's).
    let issue: String
    let period: String
    let subtitle: String?

    /// The period on the cover, unless the subtitle already gives it (« Réalisations phares 2022/2023 »).
    var coverPeriod: String? {
        guard !period.isEmpty, !(subtitle ?? "").contains(period) else { return nil }
        return period
    }

    func child(named name: String) -> Any? {
        switch name {
        case "issue": issue
        case "period": period
        case "subtitle": subtitle
        case "runningHead": runningHead
        case "coverPeriod": coverPeriod
        case "opening": opening.map(TemplateContext.init)
        case "chapters": chapters.map(TemplateContext.init)
        default: site.child(named: name)
        }
    }
}
