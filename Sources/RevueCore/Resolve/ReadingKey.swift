/// Where a page stands in its section's list: chapters by number, activities
/// newest first, campaigns by date, sections and other pages by weight; the
/// title breaks ties. Computed once per page, then compared while sorting.
struct ReadingKey: Comparable {
    private let group: Int
    private let rank: Int
    private let date: String
    private let title: String

    init(_ page: Page) {
        let matter = page.frontMatter
        title = page.title
        switch page.kind {
        case .chapter:
            group = 1
            rank = matter.number ?? matter.weight ?? Int.max
            date = ""
        case .activity:
            // Newest first: compare dates in reverse by inverting their digits.
            group = 1
            rank = 0
            date = String((matter.date?.description ?? "0000-00-00").map { $0.isNumber ? Character(String(9 - ($0.wholeNumberValue ?? 0))) : $0 })
        case .campaign:
            group = 1
            rank = 0
            date = matter.date?.description ?? "9999"
        default:
            // Sections and pages are ordered among themselves by weight, before dated lists.
            group = 0
            rank = matter.weight ?? Int.max
            date = ""
        }
    }

    static func < (a: ReadingKey, b: ReadingKey) -> Bool {
        (a.group, a.rank, a.date, a.title) < (b.group, b.rank, b.date, b.title)
    }
}
