import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import RevueCore
@testable import RevueServe

/// The preview server answering from a small built site held in memory.
@Suite struct PreviewServerTests {
    /// A built site in memory: both languages' pages, a stylesheet and 404 pages.
    static let site: [String: String] = [
        "index.html": "<html>redirect</html>",
        "404.html": "<html><body>introuvable</body></html>",
        "fr/index.html": "<html lang=\"fr\"><body>Accueil</body></html>",
        "fr/404.html": "<html lang=\"fr\"><body>Page introuvable</body></html>",
        "fr/chapitres/budget/index.html": "<html lang=\"fr\"><body>Budget</body></html>",
        "ar/index.html": "<html lang=\"ar\"><body>الرئيسية</body></html>",
        "ar/404.html": "<html lang=\"ar\"><body>الصفحة غير موجودة</body></html>",
        "assets/revue.css": "body{}",
    ]

    func withServer(language: MessageLanguage = .english, _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let store = SnapshotStore(SiteSnapshot(files: Self.site.mapValues { Data($0.utf8) }, generation: 3))
        let server = PreviewServer(store: store, channel: ReloadChannel(store: store, language: language))
        let app = Application(router: server.router())
        try await app.test(.router, test)
    }

    @Test func pagesOfBothLanguagesAreServedWithTheirType() async throws {
        try await withServer { client in
            try await client.execute(uri: "/fr/chapitres/budget/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-cache")
                #expect(String(buffer: response.body) == #"<html lang="fr"><body>Budget<script src="/_revue/live.js" data-generation="3"></script></body></html>"#)
            }
            try await client.execute(uri: "/ar/", method: .get) { response in
                #expect(String(buffer: response.body).hasPrefix("<html lang=\"ar\"><body>الرئيسية<script"))
            }
            try await client.execute(uri: "/assets/revue.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }

    /// The panel over a page that failed to build speaks the editor's language, as the terminal does.
    @Test func thePanelSpeaksTheLanguageOfTheMessages() async throws {
        try await withServer(language: .french) { client in
            try await client.execute(uri: "/_revue/live.js", method: .get) { response in
                let script = String(buffer: response.body)
                #expect(script.contains(#""hide":"Masquer""#), "\(script.prefix(300))")
                #expect(script.contains("revue : la dernière modification n'a pas pu être construite"))
                #expect(script.contains(#"overlay.lang = "fr""#))
                #expect(!script.contains("Hide"))
            }
        }
        try await withServer { client in
            try await client.execute(uri: "/_revue/live.js", method: .get) { response in
                #expect(String(buffer: response.body).contains(#""hide":"Hide""#))
            }
        }
    }

    @Test func aFolderWithoutItsSlashIsRedirected() async throws {
        try await withServer { client in
            try await client.execute(uri: "/fr/chapitres/budget", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/fr/chapitres/budget/")
            }
            // A browser reads `//fr/` as the host "fr": the redirect names this site's path only.
            for (asked, location) in [("//fr", "/fr/"), ("///fr//chapitres", "/fr/chapitres/"), ("//fr/chapitres//budget", "/fr/chapitres/budget/")] {
                try await client.execute(uri: asked, method: .get) { response in
                    #expect(response.status == .movedPermanently, "\(asked)")
                    #expect(response.headers[.location] == location, "\(asked)")
                }
            }
        }
    }

    @Test func noRedirectLeavesTheSite() {
        let folders: Set<String> = ["fr", "ar/ا", "fr/chapitres"]
        for asked in ["//fr", "////fr", "/fr//", "//ar/%D8%A7", "/\\/fr", "//fr/chapitres"] {
            if case .redirect(let location) = SitePath.resolve(asked, isFolder: folders.contains) {
                #expect(location.hasPrefix("/") && !location.hasPrefix("//") && !location.contains("\\"), "\(asked) → \(location)")
            }
        }
        #expect(SitePath.resolve("//ar/%D8%A7", isFolder: folders.contains) == .redirect("/ar/%D8%A7/"))
    }

    @Test func anUnchangedFileIsNotSentAgain() async throws {
        try await withServer { client in
            let etag = try await client.execute(uri: "/fr/", method: .get) { $0.headers[.eTag] }
            #expect(etag != nil)
            try await client.execute(uri: "/fr/", method: .get, headers: [.ifNoneMatch: etag ?? ""]) { response in
                #expect(response.status == .notModified)
            }
        }
    }

    @Test func aMissingPageGetsItsLanguage404() async throws {
        try await withServer { client in
            try await client.execute(uri: "/ar/nulle-part/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).hasPrefix("<html lang=\"ar\"><body>الصفحة غير موجودة<script"))
            }
            try await client.execute(uri: "/nulle-part", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).hasPrefix("<html><body>introuvable<script"))
            }
        }
    }

    @Test func nothingOutsideTheSiteCanBeRead() async throws {
        let attempts = ["/../secret.txt", "/fr/../../secret.txt", "/%2e%2e/secret.txt", "/fr/%2E%2E/%2e%2e/secret.txt",
                        "/..%2fsecret.txt", "/fr/..%5c..%5csecret.txt", "/fr/%00index.html", "/%2Fetc%2Fpasswd",
                        "//etc/passwd", "/fr\\..\\..\\secret.txt"]
        try await withServer { client in
            for attempt in attempts {
                try await client.execute(uri: attempt, method: .get) { response in
                    #expect([.forbidden, .notFound, .badRequest].contains(response.status), "\(attempt): \(response.status)")
                    #expect(!String(buffer: response.body).contains("root:"), "\(attempt) leaked a file")
                }
            }
        }
    }

    @Test func requestPathsAreResolvedInsideTheSite() {
        #expect(SitePath.resolve("/", isFolder: { _ in false }) == .file("index.html"))
        #expect(SitePath.resolve("/fr/chapitres/", isFolder: { _ in false }) == .file("fr/chapitres/index.html"))
        #expect(SitePath.resolve("/ar/%D8%A7/", isFolder: { _ in false }) == .file("ar/ا/index.html"))
        #expect(SitePath.resolve("/fr/../x", isFolder: { _ in false }) == .refused)
        #expect(SitePath.resolve("/fr/%2e%2e/x", isFolder: { _ in false }) == .refused)
        #expect(SitePath.resolve("/a%2fb", isFolder: { _ in false }) == .refused)
    }
}

/// The addresses `revue serve --lan` prints for other machines of the network.
@Suite struct NetworkAddressesTests {
    @Test func theyAreThisMachinesOwnAndNoneIsLoopbackOrLinkLocal() {
        let addresses = NetworkAddresses.reachable()
        for address in addresses {
            #expect(!address.hasPrefix("127.") && address != "[::1]" && !address.lowercased().hasPrefix("[fe80"), "\(address)")
            let bare = address.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            var v4 = in_addr(), v6 = in6_addr()
            #expect(inet_pton(AF_INET, bare, &v4) == 1 || inet_pton(AF_INET6, bare, &v6) == 1, "\(address)")
        }
        #expect(Set(addresses).count == addresses.count)
        #expect(NetworkAddresses.isEveryInterface("0.0.0.0") && NetworkAddresses.isEveryInterface("::"))
        #expect(!NetworkAddresses.isEveryInterface("127.0.0.1"))
    }
}
