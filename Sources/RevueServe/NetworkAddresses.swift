#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The addresses at which other machines of the network can reach this one, for
/// `revue serve --lan`: so that the review can be opened on a phone on the same network.
public enum NetworkAddresses {
    /// The IPv4 addresses of the interfaces that are up, loopback left out, then the global IPv6 ones.
    public static func reachable() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var version4: [String] = [], version6: [String] = []
        var entry = first
        while let current = entry?.pointee {
            defer { entry = current.ifa_next }
            let flags = Int32(current.ifa_flags)
            guard flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0, let address = current.ifa_addr else { continue }
            switch Int32(address.pointee.sa_family) {
            case AF_INET:
                let ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                if let text = withUnsafeBytes(of: ip, { text(of: $0, family: AF_INET, length: INET_ADDRSTRLEN) }) { version4.append(text) }
            case AF_INET6:
                let ip = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                let isLinkLocal = withUnsafeBytes(of: ip) { $0[0] == 0xFE && $0[1] & 0xC0 == 0x80 }
                if !isLinkLocal, let text = withUnsafeBytes(of: ip, { text(of: $0, family: AF_INET6, length: INET6_ADDRSTRLEN) }) {
                    version6.append("[\(text)]")
                }
            default:
                continue
            }
        }
        return unique(version4) + unique(version6)
    }

    /// Whether `host` listens on every interface, as `0.0.0.0` and `::` do.
    public static func isEveryInterface(_ host: String) -> Bool {
        host == "0.0.0.0" || host == "::" || host == "[::]"
    }

    private static func text(of address: UnsafeRawBufferPointer, family: Int32, length: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(length))
        guard let base = address.baseAddress, inet_ntop(family, base, &buffer, socklen_t(length)) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func unique(_ addresses: [String]) -> [String] {
        var seen: Set<String> = []
        return addresses.filter { seen.insert($0).inserted }
    }
}
