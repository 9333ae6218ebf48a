import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The right to change one site and its private copy, held by one build at a time
/// through an advisory lock on `.site.lock` beside `site/`; the system drops it
/// when the process ends, however it ends.
final class SiteLock: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var released = false

    /// Takes the lock of the site at `destination`, creating the folder it goes in; refuses
    /// at once, without waiting, when another build holds it.
    init(for destination: URL, displayName: String) throws(DiagnosticError) {
        let parent = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot write the site here: \(OutputWriter.reason(error))", in: displayName))
        }
        let path = parent.appendingPathComponent(".\(destination.lastPathComponent).lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error("cannot write the site here: \(String(cString: strerror(errno)))", in: displayName))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw DiagnosticError(.error("another revue build is writing this site now: wait for it to end", in: displayName))
        }
    }

    deinit {
        release()
    }

    /// Gives the lock up; later calls do nothing.
    func release() {
        lock.lock()
        defer { lock.unlock() }
        guard !released else { return }
        released = true
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
