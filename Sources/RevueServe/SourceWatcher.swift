import Foundation
import RevueCore

/// What tells the preview that the project's sources changed: inotify when the
/// system gives it (Linux), else a look at the files' modification times once a second.
public protocol SourceWatcher: AnyObject, Sendable {
    /// Reports changes on the calling thread until `stop()`.
    func run(quiet: Duration, onChange: (ProjectChanges) -> Void)
    func stop()
}

/// Chooses how to watch a project.
public enum SourceWatchers {
    /// inotify's watcher, or the polling one when inotify is unavailable or out of
    /// watches, at the start or later; `note` receives the one line that says so.
    public static func make(
        project: URL,
        inotify: ((URL) throws -> any SourceWatcher)? = nil,
        note: @escaping @Sendable (Message) -> Void
    ) -> any SourceWatcher {
        do {
            #if os(Linux)
            return try inotify?(project) ?? FileWatcher(project: project, note: note)
            #else
            if let inotify { return try inotify(project) }
            return PollingWatcher(project: project)
            #endif
        } catch {
            note("\(Message.describing(error)); looking for changes once a second instead.")
            return PollingWatcher(project: project)
        }
    }
}
