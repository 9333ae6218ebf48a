import Foundation

/// The files a `revue new` writes, all or none: none is written when one of them exists,
/// and none is ever overwritten.
struct NewFiles {
    let project: URL
    let files: [(path: String, text: String)]

    /// Writes every file; `exists` says what to answer when one of them is there already.
    func write(or exists: (_ path: String) -> Diagnostic) throws(DiagnosticError) {
        if let existing = files.first(where: { FileManager.default.fileExists(atPath: project.appendingPathComponent($0.path).path) }) {
            throw DiagnosticError(exists(existing.path))
        }
        for file in files {
            let url = project.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw DiagnosticError(.error("cannot create this file: \(error.localizedDescription)", in: file.path))
            }
        }
    }
}
