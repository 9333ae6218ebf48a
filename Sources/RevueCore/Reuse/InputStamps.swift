import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stamp of every file a build can read — `revue.yml`, everything below
/// `content/` and `templates/`, hidden files and editors' backups included —
/// by path: when a project's stamps are those of the last build, nothing it
/// reads has changed. Taken before the build reads anything, so that an edit
/// made while it runs is seen by the next one.
struct InputStamps: Equatable, Sendable {
    private(set) var stamps: [String: FileStamp] = [:]
    /// False when something could not be stamped (a folder that cannot be read, a link to
    /// nothing): such a project is built again every time.
    private(set) var isComplete = true

    init(stamps: [String: FileStamp]) {
        self.stamps = stamps
    }

    init(project: URL) {
        let root = project.standardizedFileURL.path
        stamp(SiteConfig.fileName, root: root)
        for folder in [ContentLoader.folderName, Theme.folderName] {
            walk(folder, root: root)
        }
    }

    private mutating func stamp(_ path: String, root: String) {
        if let stamp = FileStamp(path: root + "/" + path) {
            stamps[path] = stamp
        } else {
            isComplete = false
        }
    }

    private mutating func walk(_ top: String, root: String) {
        var visited: Set<[UInt64]> = []
        var pending = [top]
        while let folder = pending.popLast() {
            var status = stat()
            guard stat(root + "/" + folder, &status) == 0, visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted else {
                if folder != top { isComplete = false }
                continue
            }
            var found: [(path: String, kind: FolderWalker.Kind)] = []
            let opened = FolderWalker.eachEntry(of: root + "/" + folder) { name, kind, descriptor in
                let path = folder + "/" + name
                if kind == .file, let stamp = FileStamp(name: name, in: descriptor) {
                    stamps[path] = stamp
                } else {
                    found.append((path, kind))
                }
            }
            guard opened else {
                isComplete = false
                continue
            }
            for (path, kind) in found {
                switch kind {
                case .folder:
                    pending.append(path)
                case .file:
                    stamp(path, root: root)
                case .other:
                    var target = stat()
                    if stat(root + "/" + path, &target) != 0 {
                        isComplete = false
                    } else if target.st_mode & S_IFMT == S_IFDIR {
                        pending.append(path)
                    } else {
                        stamp(path, root: root)
                    }
                }
            }
        }
    }
}
