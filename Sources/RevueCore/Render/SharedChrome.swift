/// What every page of a language shows alike around its own content — the
/// brand, the site's navigation, the footer — rendered once through the
/// theme's `brand`, `navigation` and `footer` templates for each depth of
/// page (links are relative) and each entry of the navigation that can be
/// the current one, then given to every such page's layout as HTML.
struct SharedChrome: Sendable, Equatable {
    /// The navigation's entries, for templates that list them themselves.
    let navigation: [PageLink]
    let brand: String
    let siteNavigation: String
    let footer: String
}
