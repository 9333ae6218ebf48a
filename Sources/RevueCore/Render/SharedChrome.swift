import Foundation

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

    /// The chrome of one build, filled as pages ask for it; pages render in parallel.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var chromes: [String: SharedChrome] = [:]

        /// The chrome for `key`, made by `make` the first time it is asked for.
        func chrome(for key: String, make: () -> SharedChrome) -> SharedChrome {
            lock.lock()
            if let known = chromes[key] {
                lock.unlock()
                return known
            }
            lock.unlock()
            let made = make()
            lock.lock()
            chromes[key] = chromes[key] ?? made
            lock.unlock()
            return made
        }
    }
}
