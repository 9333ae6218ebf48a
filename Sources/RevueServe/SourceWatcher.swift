import Foundation
import RevueCore

/// What tells the preview that the project's sources changed: inotify when the
/// system gives it, else a look at the files' modification times once a second.
public protocol SourceWatcher: AnyObject, Sendable {
    /// Reports changes on the calling thread until `stop()`.
    func run(quiet: Duration, onChange: (ProjectChanges) -> Void)
    func stop()
}

/// Chooses how to watch a project.
public enum SourceWatchers {
    /// inotify's watcher, or the polling one when inotify is unavailable or out of
    /// watches; `note` receives the one line that says so.
    public static func make(
        project: URL,
        inotify: (URL) throws -> any SourceWatcher = { try FileWatcher(project: $0) },
        note: (String) -> Void
    ) -> any SourceWatcher {
        do {
            return try inotify(project)
        } catch {
            note("\(error); looking for changes once a second instead.")
            return PollingWatcher(project: project)
        }
    }
}
