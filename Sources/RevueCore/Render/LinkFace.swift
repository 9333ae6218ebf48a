/// What other pages show of a page (its title, its summary, its dates), typeset
/// once per build rather than each time a page lists or links to it.
struct LinkFace: Sendable {
    let title: String
    /// `link_title` when the page has one, for the navigation bar.
    let navigationTitle: String
    let summary: String?
    let slogan: String?
    let date: DateView?
}
