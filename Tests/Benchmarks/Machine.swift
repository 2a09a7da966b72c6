import Foundation

/// What the numbers were measured on: they mean little without it.
struct Machine {
    var cores: Int
    var cpuModel: String
    var memory: String
    var swiftVersion: String

    static func current(swiftc: String) throws -> Machine {
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuInfo.split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let memInfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memory = memInfo.split(separator: "\n")
            .first { $0.hasPrefix("MemTotal:") }
            .flatMap { line in line.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
            .map { "\(($0 + 512 * 1024) / (1024 * 1024)) GiB" } ?? "unknown"
        let version = try ChildProcess.check(swiftc, ["--version"]).output
            .split(separator: "\n").first.map(String.init) ?? "unknown"
        return Machine(
            cores: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model, memory: memory,
            swiftVersion: version)
    }

    var summary: String {
        "\(cores) cores (`nproc`), \(cpuModel), \(memory) memory; \(swiftVersion)"
    }
}
