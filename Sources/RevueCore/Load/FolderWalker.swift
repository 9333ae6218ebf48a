import Foundation

/// Lists the files below a folder with `readdir`, which tells a file from a
/// folder without another system call per entry.
///
/// Hidden entries (`.git`, `.DS_Store`) and editors' backups (`budget.md~`,
/// `#budget.md#`) are skipped. A symbolic link is followed when it leads to a
/// file; one that leads nowhere, or into a loop, is reported.
struct FolderWalker {
    /// A file found, with its path relative to the folder walked.
    struct Entry {
        let path: String
        let fileExtension: String
    }

    /// A link that could not be followed, relative to the folder walked.
    struct BrokenLink {
        let path: String
    }

    /// What `readdir` says an entry is; `other` (a link, or a file system that does not say) needs `stat`.
    enum Kind {
        case folder, file, other
    }

    /// Calls `body` with each entry of `folder` but `.` and `..`, and what it is; false when the folder cannot be opened.
    static func eachEntry(of folder: String, _ body: (_ name: String, _ kind: Kind) -> Void) -> Bool {
        eachEntry(of: folder) { name, kind, _ in body(name, kind) }
    }

    /// Calls `body` with each entry of `folder` but `.` and `..`, what it is, and the folder's open
    /// descriptor, through which `fstatat` finds the entry without walking its whole path again.
    static func eachEntry(of folder: String, _ body: (_ name: String, _ kind: Kind, _ folder: Int32) -> Void) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): body(name, .folder, descriptor)
            case Int32(DT_REG): body(name, .file, descriptor)
            default: body(name, .other, descriptor)
            }
        }
        return true
    }

    static func files(below root: String) -> (files: [Entry], brokenLinks: [BrokenLink], unreadable: [String]) {
        var files: [Entry] = []
        var broken: [BrokenLink] = []
        var unreadable: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let opened = eachEntry(of: relative.isEmpty ? root : root + "/" + relative) { name, kind in
                if isSkipped(name) { return }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .folder:
                    pending.append(path)
                case .file:
                    files.append(Entry(path: path, fileExtension: Self.fileExtension(of: name)))
                case .other:
                    // Links, and file systems that do not fill d_type: ask stat, which follows links.
                    var status = stat()
                    if stat(root + "/" + path, &status) != 0 {
                        broken.append(BrokenLink(path: path))
                    } else if (status.st_mode & S_IFMT) == S_IFDIR {
                        pending.append(path)
                    } else if (status.st_mode & S_IFMT) == S_IFREG {
                        files.append(Entry(path: path, fileExtension: Self.fileExtension(of: name)))
                    }
                }
            }
            if !opened { unreadable.append(relative) }
        }
        files.sort { $0.path < $1.path }
        return (files, broken, unreadable)
    }

    /// Hidden files and editors' backups and locks (`.x.md.swp`, `#x.md#`, `x.md~`), never part of a project.
    static func isSkipped(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
    }

    private static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
