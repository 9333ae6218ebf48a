import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of a file without reading it: its inode, size and
/// times of change. A file written again or replaced has another stamp (times
/// are kept to the nanosecond), which is how the build cache trusts a file it
/// wrote earlier, or an input it read, without reading it again.
struct FileStamp: Hashable, Sendable, CustomStringConvertible {
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64

    /// The stamp of the file at `path`, following links; nil when there is none or it is no regular file.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(status)
    }

    /// The stamp of the file `name` of the folder open as `folder`, following links; nil when there is none or it is no regular file.
    init?(name: String, in folder: Int32) {
        var status = stat()
        guard fstatat(folder, name, &status, 0) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(status)
    }

    init(_ status: stat) {
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        #if os(Linux)
        let (modifiedTime, changedTime) = (status.st_mtim, status.st_ctim)
        #else
        let (modifiedTime, changedTime) = (status.st_mtimespec, status.st_ctimespec)
        #endif
        modified = Int64(modifiedTime.tv_sec) * 1_000_000_000 + Int64(modifiedTime.tv_nsec)
        changed = Int64(changedTime.tv_sec) * 1_000_000_000 + Int64(changedTime.tv_nsec)
    }

    init(inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    var description: String {
        "\(inode):\(size):\(modified):\(changed)"
    }
}
