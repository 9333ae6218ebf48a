import Foundation
import Hummingbird

/// The HTTP side of `revue serve`: answers requests from the last site built
/// successfully, held in memory, with the live-reload script added to each
/// page and the events it listens to.
public struct PreviewServer: Sendable {
    let store: SnapshotStore
    let channel: ReloadChannel

    public init(store: SnapshotStore, channel: ReloadChannel) {
        self.store = store
        self.channel = channel
    }

    /// The router serving every path of the site, the script and its events.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get(RouterPath(LiveReloadScript.eventsPath)) { _, _ -> Response in
            events()
        }
        router.get(RouterPath(LiveReloadScript.path)) { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                     body: .init(byteBuffer: ByteBuffer(string: LiveReloadScript.source(in: channel.language))))
        }
        // "**" needs one segment at least: the site's root, which leads to the default language, is routed by itself.
        for path in ["/", "**"] {
            router.get(RouterPath(path)) { request, _ -> Response in
                respond(to: request)
            }
            router.head(RouterPath(path)) { request, _ -> Response in
                var response = respond(to: request)
                response.body = .init()
                return response
            }
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
            guard let file = snapshot.file(at: path) else { return notFound(path, in: snapshot) }
            guard file.contentType.hasPrefix("text/html") else {
                var headers: HTTPFields = [.contentType: file.contentType, .eTag: file.etag]
                if request.headers[.ifNoneMatch] == file.etag {
                    headers[.contentType] = nil
                    return Response(status: .notModified, headers: headers)
                }
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
            }
            // A page carries the generation it belongs to, so its tag changes with each site.
            let etag = String(file.etag.dropLast()) + "-g\(snapshot.generation)\""
            let headers: HTTPFields = [.contentType: file.contentType, .eTag: etag, .cacheControl: "no-cache"]
            if request.headers[.ifNoneMatch] == etag {
                return Response(status: .notModified, headers: headers)
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: withScript(file.body, snapshot.generation)))
        }
    }

    /// The 404 page of the language the path is in, else the site's own, with status 404.
    private func notFound(_ path: String, in snapshot: SiteSnapshot) -> Response {
        let language = path.split(separator: "/").first.map(String.init)
        let page = language.flatMap { snapshot.files["\($0)/404.html"] } ?? snapshot.files["404.html"]
        // Before the first successful build there is no page at all: one that shows the findings.
        let body = page?.body ?? ByteBuffer(string: "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>revue</title><body><p>Nothing is built yet.</p></body></html>")
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: withScript(body, snapshot.generation)))
    }

    /// The page with the live-reload script before its last `</body>`, or at its end.
    func withScript(_ page: ByteBuffer, _ generation: Int) -> ByteBuffer {
        let bytes = page.readableBytesView
        let closing = Array("</body>".utf8)
        var insertion = bytes.endIndex
        var index = bytes.endIndex - closing.count
        while index >= bytes.startIndex {
            if bytes[index..<(index + closing.count)].elementsEqual(closing) {
                insertion = index
                break
            }
            index -= 1
        }
        var result = ByteBuffer()
        result.reserveCapacity(bytes.count + 80)
        result.writeBytes(bytes[..<insertion])
        result.writeString(LiveReloadScript.tag(generation: generation))
        result.writeBytes(bytes[insertion...])
        return result
    }

    /// The stream of events for one page, until it goes away.
    private func events() -> Response {
        let stream = channel.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.text))
                }
                try await writer.finish(nil)
            })
    }
}
