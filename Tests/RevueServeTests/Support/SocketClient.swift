import Foundation
import Glibc

/// A bare HTTP/1.1 client over a socket to 127.0.0.1, which can read a
/// response that never ends, such as a stream of Server-Sent Events.
final class SocketClient {
    private let socketDescriptor: Int32
    private var received = Data()

    init(port: Int) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socketDescriptor) }

    func send(_ request: String) {
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socketDescriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    func get(_ path: String) {
        send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
    }

    /// Reads until the text received so far contains `marker`, or until `timeout`; returns everything received.
    func read(until marker: String, timeout: Duration = .seconds(10)) -> String {
        receive(until: { $0.contains(marker) }, timeout: timeout)
    }

    /// Reads until the server closes the connection, or until `timeout`; returns everything received.
    func readToEnd(timeout: Duration = .seconds(10)) -> String {
        receive(until: { _ in false }, timeout: timeout)
    }

    private func receive(until done: (String) -> Bool, timeout: Duration) -> String {
        let deadline = ContinuousClock.now + timeout
        while !done(String(decoding: received, as: UTF8.self)), ContinuousClock.now < deadline {
            var polled = pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&polled, 1, 50) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            let count = recv(socketDescriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Forgets what was read, so that the next `read` waits for something new.
    func discard() {
        received = Data()
    }
}
