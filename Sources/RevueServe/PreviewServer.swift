import Foundation
import Hummingbird

/// The HTTP side of `revue serve`: answers requests from the last site built
/// successfully, held in memory.
public struct PreviewServer: Sendable {
    let store: SnapshotStore
    let languages: [String]

    public init(store: SnapshotStore, languages: [String]) {
        self.store = store
        self.languages = languages
    }

    /// The router serving every path of the site.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("**") { request, _ -> Response in
            respond(to: request)
        }
        router.head("**") { request, _ -> Response in
            var response = respond(to: request)
            response.body = .init()
            return response
        }
        return router
    }

    func respond(to request: Request) -> Response {
        let snapshot = store.current
        switch SitePath.resolve(request.uri.path, isFolder: { snapshot.folders.contains($0) }) {
        case .refused:
            return Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Forbidden\n")))
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .file(let path):
            guard let file = snapshot.files[path] else { return notFound(path, in: snapshot) }
            var headers: HTTPFields = [.contentType: file.contentType, .eTag: file.etag]
            if file.contentType.hasPrefix("text/html") { headers[.cacheControl] = "no-cache" }
            if request.headers[.ifNoneMatch] == file.etag {
                return Response(status: .notModified, headers: headers)
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
        }
    }

    /// The 404 page of the language the path is in, else the site's own, with status 404.
    private func notFound(_ path: String, in snapshot: SiteSnapshot) -> Response {
        let language = path.split(separator: "/").first.map(String.init)
        let page = language.flatMap { languages.contains($0) ? snapshot.files["\($0)/404.html"] : nil } ?? snapshot.files["404.html"]
        guard let page else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Not found\n")))
        }
        return Response(status: .notFound, headers: [.contentType: page.contentType, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: page.body))
    }
}
