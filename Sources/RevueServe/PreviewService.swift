import Foundation
import RevueCore
import ServiceLifecycle

/// The rebuilding half of `revue serve`, as a service beside the HTTP server:
/// the watcher's loop, each change rebuilt, and a heartbeat to the open pages.
///
/// On graceful shutdown it stops the watcher and ends every page's event
/// stream, so that the server, stopped after it, has no response left open.
struct PreviewService: Service {
    let preview: LivePreview
    let watcher: any SourceWatcher
    let heartbeat: Duration

    func run() async {
        let watcher = self.watcher, channel = preview.channel
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await watch() }
                group.addTask { await beat() }
                await group.next()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            watcher.stop()
            channel.close()
        }
    }

    /// The watcher's loop on a thread of its own (it blocks in poll), until it stops.
    private func watch() async {
        let watcher = self.watcher, preview = self.preview
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                watcher.run(quiet: .milliseconds(30)) { preview.rebuild(after: $0) }
                finished.resume()
            }
            thread.name = "revue-watch"
            thread.start()
        }
    }

    private func beat() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: heartbeat)
            preview.channel.heartbeat()
        }
    }
}
