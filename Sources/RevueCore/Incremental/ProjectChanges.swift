/// What changed in a project since the last build, as a watcher saw it.
public enum ProjectChanges: Sendable, Equatable {
    /// Anything may have changed: read everything again.
    case everything
    /// These files or folders, relative to the project: `content/fr/chapitres/budget.md`, `templates`.
    case paths(Set<String>)

    /// Whether `path`, or a folder holding it, or a file inside it, is among the changes.
    func touches(_ path: String) -> Bool {
        switch self {
        case .everything:
            return true
        case .paths(let changed):
            return changed.contains { $0 == path || $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }
        }
    }
}
