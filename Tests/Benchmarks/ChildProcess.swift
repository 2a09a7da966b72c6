#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One finished child process: how long it ran and what it printed.
///
/// No peak memory here: the `ru_maxrss` that `wait4` reports for a child never falls below the
/// spawning process's own peak (Linux carries the old address space's high-water mark across
/// `exec`), and this process is far bigger than a hello world. ``ChildProcess/peakMemory(_:_:)``
/// measures it from a small parent instead.
struct ProcessRun {
    var exitCode: Int32
    /// Wall time from spawn to exit.
    var seconds: Double
    /// User plus system CPU time of the child and the processes it waited for.
    var cpuSeconds: Double
    /// The system (kernel) part of `cpuSeconds`: file creation and page faults, mostly.
    var systemSeconds: Double
    /// Standard output and standard error together, when asked for.
    var output: String
}

/// Runs programs with `posix_spawn` and reaps them with `wait4`, which also reports the child's
/// CPU time: a whole process is what the generator benchmark measures.
enum ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` (an absolute path) with `arguments`; output goes to a temporary file when
    /// `captureOutput`, otherwise to /dev/null, so printing never slows the measured process.
    static func run(_ executable: String, _ arguments: [String], captureOutput: Bool = false) throws -> ProcessRun {
        let outputPath = captureOutput ? "/tmp/specgen-bench-output-\(getpid())" : "/dev/null"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid = pid_t()
        let start = ContinuousClock.now
        let spawnError = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawnError == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawnError)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed for \(executable)") }
        }
        let elapsed = ContinuousClock.now - start

        var output = ""
        if captureOutput {
            output = (try? readFile(outputPath)) ?? ""
            unlink(outputPath)
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        let exitCode: Int32 = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessRun(
            exitCode: exitCode,
            seconds: elapsed.seconds,
            cpuSeconds: usage.ru_utime.seconds + usage.ru_stime.seconds,
            systemSeconds: usage.ru_stime.seconds,
            output: output)
    }

    /// Runs the program and throws, with its output, unless it exits with 0.
    @discardableResult
    static func check(_ executable: String, _ arguments: [String]) throws -> ProcessRun {
        let run = try run(executable, arguments, captureOutput: true)
        guard run.exitCode == 0 else {
            throw Failure(description: "\(([executable] + arguments).joined(separator: " ")) exited with \(run.exitCode):\n\(run.output)")
        }
        return run
    }

    /// The peak resident set size of the program, in bytes, as GNU time measures it: its own
    /// small process forks the program, so the figure is the program's (and its children's) alone.
    static func peakMemory(_ executable: String, _ arguments: [String]) throws -> Int {
        let time = "/usr/bin/time"
        guard access(time, X_OK) == 0 else {
            throw Failure(description: "peak memory is measured with GNU time: apt-get install time")
        }
        let run = try check(time, ["-f", "peak-rss-kib %M", executable] + arguments)
        guard let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("peak-rss-kib ") }),
              let kibibytes = Int(line.dropFirst("peak-rss-kib ".count))
        else {
            throw Failure(description: "no peak memory in GNU time's output:\n\(run.output)")
        }
        return kibibytes * 1024
    }

    /// The absolute path of `name` on `PATH`.
    static func find(_ name: String) throws -> String {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw Failure(description: "\(name) is not on PATH")
    }

    /// The path of the running executable.
    static func currentExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func readFile(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else { throw Failure(description: "cannot read \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension timeval {
    var seconds: Double { Double(tv_sec) + Double(tv_usec) / 1_000_000 }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
