import ArgumentParser
import CapillaryAPI
import Foundation
import OpenAPIRuntime
import SpecGenClient
import SpecGenRuntime

/// What every subcommand does with its request: builds it from the command line (and the body
/// file), checks it against the spec, then prints it (`--dry-run`) or sends it.
struct RequestRunner<Request: EndpointRequest & ArgumentBuildable> {
    let connection: ConnectionOptions
    /// The options the subcommand does not know itself: the request's parameters and headers.
    let requestOptions: [String]
    /// The body as given, inside its envelope; nil for a request without one.
    var body: [UInt8]?

    /// The request the command line describes, checked against the spec: a value that does not
    /// parse, a broken rule (named by its field path, `root.customer[3].mobile`) and a body key
    /// the spec does not declare are usage errors, and nothing is sent.
    func makeRequest() throws -> Request {
        let request: Request
        do {
            let values = try EndpointOptions(arguments: Request.arguments).parse(requestOptions, body: body)
            request = try Request(arguments: values)
            try request.validate()
        } catch let error as ArgumentError {
            throw ValidationError(String(describing: error))
        } catch let error as RequestValidationError {
            throw ValidationError(String(describing: error))
        }
        if let body, let sent = try? request.makeBody() {
            try Self.rejectUndeclaredKeys(given: body, sent: sent.bytes)
        }
        return request
    }

    private static func rejectUndeclaredKeys(given: [UInt8], sent: [UInt8]) throws {
        // Both are JSON by now: the request was read from the one and wrote the other.
        guard let givenTree = try? JSONDecoder().decode(JSONValue.self, from: Data(given)),
              let sentTree = try? JSONDecoder().decode(JSONValue.self, from: Data(sent))
        else { return }
        let paths = UndeclaredKeys.paths(given: givenTree, sent: sentTree)
        guard !paths.isEmpty else { return }
        throw ValidationError(
            "the body: " + paths.joined(separator: ", ") + (paths.count == 1 ? " is not a field" : " are not fields")
                + " the spec declares; nothing was sent")
    }

    /// Sends `request` with `call`, or, for a dry run, prints what would be sent and returns nil.
    /// A call that fails is reported on standard error and exits with 1.
    func send<Answer>(
        _ request: Request, dryRun: Bool,
        _ call: (CapillaryClient, Request) async throws(APIError) -> Answer
    ) async throws -> Answer? {
        let environment = ProcessInfo.processInfo.environment
        if dryRun {
            let transport = DryRunTransport()
            let client = try connection.makeClient(environment: environment, dryRun: transport)
            do {
                _ = try await call(client, request)
            } catch {
                guard transport.captured != nil else {
                    printError(String(describing: error))
                    throw ExitCode.failure
                }
            }
            guard let captured = transport.captured else {
                printError("dry run: the client sent nothing")
                throw ExitCode.failure
            }
            let ownHeaders = Set(((try? request.makeHeaderFields()) ?? []).map { $0.name.lowercased() })
            let report = DryRunReport(
                captured: captured, ownPathAndQuery: (try? request.pathAndQuery()) ?? "", ownHeaderNames: ownHeaders)
            print(report.text, terminator: "")
            return nil
        }
        let client = try connection.makeClient(environment: environment)
        do {
            return try await call(client, request)
        } catch {
            printError(String(describing: error))
            throw ExitCode.failure
        }
    }
}
