import Foundation

/// A small two-language project in a temporary folder, with the repository's
/// default theme, for the preview to build and watch.
struct Project {
    let root: URL

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let files = [
        "revue.yml": """
            title: { fr: Revue test, ar: مجلة تجريبية }
            base_url: https://example.org/revue/
            issue: "2"
            period: 2022/2023
            default_language: fr
            languages:
              - { code: fr, name: Français, locale: fr-MA, direction: ltr }
              - { code: ar, name: العربية, locale: ar-MA, direction: rtl }

            """,
        "content/fr/_index.md": "---\ntitle: Accueil\n---\nBienvenue.\n",
        "content/ar/_index.md": "---\ntitle: الرئيسية\n---\nمرحبا.\n",
        "content/fr/chapitres/budget.md": "---\ntitle: Budget\nnumber: 1\n---\nLe budget progresse.\n",
        "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 1\n---\nالميزانية ترتفع.\n",
    ]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("revue-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("templates"),
                                         to: root.appendingPathComponent("templates"))
        for (path, text) in Self.files {
            try write(path, text)
        }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Saves as many editors do: the new text goes to a temporary file, renamed over the old one.
    func save(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
