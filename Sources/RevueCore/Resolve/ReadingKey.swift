/// Where a page stands in its section's list: chapters by number, activities
/// newest first, campaigns by date, sections and other pages by weight; the
/// title breaks ties. Computed once per page, then compared while sorting.
struct ReadingKey: Comparable {
    private let group: Int
    private let rank: Int
    /// The day as `yyyymmdd`: negated for activities, so that the newest come first.
    private let day: Int
    private let title: String

    init(_ page: Page) {
        let matter = page.frontMatter
        title = page.title
        switch page.kind {
        case .chapter:
            group = 1
            rank = matter.number ?? matter.weight ?? Int.max
            day = 0
        case .activity:
            // Newest first; an activity without a date after all the others.
            group = 1
            rank = 0
            day = matter.date.map { -Self.number(of: $0) } ?? Int.max
        case .campaign:
            // Oldest first; a campaign without a date after those of year 9998, before those of 9999.
            group = 1
            rank = 0
            day = matter.date.map(Self.number(of:)) ?? 9999_00_00
        default:
            // Sections and pages are ordered among themselves by weight, before dated lists.
            group = 0
            rank = matter.weight ?? Int.max
            day = 0
        }
    }

    private static func number(of day: Day) -> Int {
        day.year * 10_000 + day.month * 100 + day.day
    }

    /// Titles are compared by their UTF-8 bytes: a total order that needs no Unicode
    /// normalization, which made Arabic ties cost most of the sort on large sections.
    static func < (a: ReadingKey, b: ReadingKey) -> Bool {
        if (a.group, a.rank, a.day) != (b.group, b.rank, b.day) { return (a.group, a.rank, a.day) < (b.group, b.rank, b.day) }
        return precedes(a.title, b.title)
    }

    private static func precedes(_ a: String, _ b: String) -> Bool {
        let bytewise = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in a.lexicographicallyPrecedes(b) }
        }
        return bytewise.flatMap { $0 } ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func == (a: ReadingKey, b: ReadingKey) -> Bool {
        (a.group, a.rank, a.day) == (b.group, b.rank, b.day) && a.title.utf8.elementsEqual(b.title.utf8)
    }
}
