import Foundation

/// What the Markdown of a page asks of the project's data tables: the value
/// of a `{{table.row.column}}` reference, the HTML of a directive block.
protocol MarkdownData: Sendable {
    /// A reference's value formatted in the page's language, or why it names nothing.
    func reference(_ reference: String) -> Result<ReferencedValue, LookupError>

    /// The HTML of a directive block (` ```{chart} `), whose options begin on `line` of `file`.
    func directive(_ name: String, options: String, file: String, line: Int) -> (html: String, diagnostics: [Diagnostic])
}

/// The value of one reference, ready for the page.
struct ReferencedValue: Sendable, Equatable {
    let html: String
    /// The numbers a reader sees for it (the exact value, and the shown one when
    /// compact), to find the same figure written by hand in a translation.
    let numbers: [Decimal]
    /// Shown in its compact form (« 22 M »), which belongs in charts and key figures, because
    /// the theme gives no words for it in running text.
    var compactInProse = false
}
