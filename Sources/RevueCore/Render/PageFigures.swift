import Foundation

/// The numbers one page shows: those written by hand in its prose, and those
/// taken from data tables, with the reference that showed each.
struct PageFigures: Sendable {
    var literal: [LiteralNumbers.Mention] = []
    var referenced: [Decimal: String] = [:]
}
