import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real HTTP/1.1 server on a loopback address (127.0.0.1 unless told another of 127.0.0.0/8, or
/// ::1), on a port the system picks, for tests: clients reach it through real sockets, as they would
/// reach the service. Each connection carries one request, which is recorded and answered with what
/// `respond` returns, then closed.
///
/// It only ever listens on a loopback address, and is stopped by ``stop()`` (or when released).
final class LoopbackServer: @unchecked Sendable {
    /// A request as it arrived: the request target byte for byte, headers in order, and the body
    /// its `Content-Length` announced (empty without one).
    struct Request: Sendable {
        var method: String
        var target: String
        var headers: [(name: String, value: String)]
        var body = Data()

        /// The first value of a header, by case-insensitive name.
        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    /// What the server sends back.
    struct Reply: Sendable {
        var status: Int
        var reason: String
        var headers: [(name: String, value: String)]
        var body: Data
        /// Sends only this many bytes of `body` (after a `Content-Length` for all of it), then
        /// closes the connection: a response cut off in transit.
        var bytesSentBeforeClosing: Int?
        /// Sends `body` this many times, without a `Content-Length`, until done or the client
        /// closes the connection: a body that arrives piece by piece.
        var streamedRepeats: Int?
        /// Closes the connection without sending anything: a connection cut after the request arrived.
        var closesWithoutAnswer = false

        init(
            status: Int, reason: String, headers: [(name: String, value: String)] = [], body: Data,
            bytesSentBeforeClosing: Int? = nil, streamedRepeats: Int? = nil, closesWithoutAnswer: Bool = false
        ) {
            self.status = status
            self.reason = reason
            self.headers = headers
            self.body = body
            self.bytesSentBeforeClosing = bytesSentBeforeClosing
            self.streamedRepeats = streamedRepeats
            self.closesWithoutAnswer = closesWithoutAnswer
        }
    }

    /// The loopback address it listens on, as written in a URL's host (`127.0.0.2`, `[::1]`).
    let host: String
    let port: Int
    private let listener: Int32
    private let respond: @Sendable (Request) -> Reply
    private let lock = NSLock()
    private var requests: [Request] = []
    private var stopped = false
    private var bodyBytesSent = 0
    private let finished = DispatchSemaphore(value: 0)

    /// - Parameter address: `127.0.0.1`, another address of 127.0.0.0/8, or `::1`.
    init(address: String = "127.0.0.1", respond: @escaping @Sendable (Request) -> Reply) throws {
        self.respond = respond
        self.host = address.contains(":") ? "[\(address)]" : address
        let (listener, port) = try Self.bindLoopback(address: address)
        guard listen(listener, 16) == 0 else {
            let code = errno
            close(listener)
            throw POSIXError(.init(rawValue: code) ?? .EIO)
        }
        self.listener = listener
        self.port = port
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "LoopbackServer:\(port)"
        thread.start()
    }

    deinit {
        stop()
    }

    /// A TCP socket bound to a loopback `address` (IPv4 or IPv6) on a port the system picks, and that port.
    static func bindLoopback(address: String = "127.0.0.1") throws -> (socket: Int32, port: Int) {
        let isIPv6 = address.contains(":")
        let descriptor = socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var storage = sockaddr_storage()
        let length: Int
        if isIPv6 {
            length = MemoryLayout<sockaddr_in6>.size
            withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                    ipv6.pointee.sin6_family = sa_family_t(AF_INET6)
                    _ = inet_pton(AF_INET6, address, &ipv6.pointee.sin6_addr)
                }
            }
        } else {
            length = MemoryLayout<sockaddr_in>.size
            withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                    ipv4.pointee.sin_family = sa_family_t(AF_INET)
                    ipv4.pointee.sin_addr.s_addr = inet_addr(address)
                }
            }
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(length)) }
        }
        guard bound == 0 else {
            let code = errno
            close(descriptor)
            throw POSIXError(.init(rawValue: code) ?? .EIO)
        }
        var boundLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &boundLength) }
        }
        // sin_port and sin6_port sit at the same offset, just after the family.
        let port = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
        return (descriptor, port)
    }

    var baseURL: URL { URL(string: "http://\(host):\(port)")! }

    /// How many body bytes the server managed to send, over every connection so far.
    var sentBodyBytes: Int {
        lock.withLock { bodyBytesSent }
    }


    /// Every request received so far, in order.
    var received: [Request] {
        lock.withLock { requests }
    }

    /// Closes the listening socket and waits for the accept loop to end.
    func stop() {
        let wasStopped = lock.withLock {
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        // Shut down first and close only after the accept loop has ended: closing at once would
        // free the descriptor number for the next socket, which the loop could then accept on.
        shutdown(listener, Int32(SHUT_RDWR))
        finished.wait()
        close(listener)
    }

    private func acceptLoop() {
        defer { finished.signal() }
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            serve(connection)
            close(connection)
            if lock.withLock({ stopped }) { return }
        }
    }

    private func serve(_ connection: Int32) {
        guard let request = readRequest(connection) else { return }
        lock.withLock { requests.append(request) }
        let reply = respond(request)
        guard !reply.closesWithoutAnswer else { return }
        var head = "HTTP/1.1 \(reply.status) \(reply.reason)\r\n"
        for header in reply.headers {
            head += "\(header.name): \(header.value)\r\n"
        }
        if reply.streamedRepeats == nil {
            head += "Content-Length: \(reply.body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        guard sendAll(Data(head.utf8), on: connection) else { return }
        for _ in 0..<(reply.streamedRepeats ?? 1) {
            let body = reply.body.prefix(reply.bytesSentBeforeClosing ?? reply.body.count)
            guard sendAll(body, on: connection) else { break }
            lock.withLock { bodyBytesSent += body.count }
        }
        // Let the client read everything before the connection goes away.
        shutdown(connection, Int32(SHUT_WR))
        var scratch = [UInt8](repeating: 0, count: 1024)
        while recv(connection, &scratch, scratch.count, 0) > 0 {}
    }

    /// Sends all of `data`; false when the client closed the connection first.
    private func sendAll(_ data: Data, on connection: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = send(connection, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    /// Reads the request line, the headers and as many body bytes as `Content-Length` says.
    /// Requests here carry their body with a length (as URLSession sends a buffered body), never
    /// chunked; a chunked request is refused (nil), so a test cannot pass on a body it never read.
    private func readRequest(_ connection: Int32) -> Request? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Data("\r\n\r\n".utf8)
        while data.range(of: end) == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0, data.count < 65536 else { return nil }
            data.append(contentsOf: buffer[0..<count])
        }
        let headEnd = data.range(of: end)!
        let headText = String(decoding: data[..<headEnd.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        guard requestLine.count == 3 else { return nil }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var request = Request(method: requestLine[0], target: requestLine[1], headers: headers)
        if request.header("Transfer-Encoding") != nil { return nil }
        let length = request.header("Content-Length").flatMap { Int($0) } ?? 0
        guard length >= 0, length <= 1 << 20 else { return nil }
        var body = Data(data[headEnd.upperBound...])
        // libcurl (URLSession on Linux) asks before sending a larger body, and would otherwise
        // wait a second for this answer.
        if body.count < length, request.header("Expect")?.lowercased() == "100-continue" {
            guard sendAll(Data("HTTP/1.1 100 Continue\r\n\r\n".utf8), on: connection) else { return nil }
        }
        while body.count < length {
            let count = recv(connection, &buffer, min(buffer.count, length - body.count), 0)
            guard count > 0 else { return nil }
            body.append(contentsOf: buffer[0..<count])
        }
        request.body = body.prefix(length)
        return request
    }
}

/// A loopback port that refuses connections: bound, so no other server can take it while the
/// test runs, but not listening, so every connection attempt is refused.
final class RefusingPort {
    let port: Int
    private let descriptor: Int32

    init() throws {
        (descriptor, port) = try LoopbackServer.bindLoopback()
    }

    deinit {
        close(descriptor)
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
}
