/// One page's Markdown once rendered, before the theme wraps it: the HTML,
/// the headings for its table of contents, what was found wrong, the figures
/// it shows, and what it read from other pages and from the data tables.
struct PageBody: Sendable {
    let html: String
    let headings: [MarkdownRenderer.Heading]
    let diagnostics: [Diagnostic]
    let figures: PageFigures
    let trace: BodyTrace
}
