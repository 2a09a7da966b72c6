import Foundation

/// The whole `specgen generate` process, as a build runs it: on the Capillary spec against a
/// hello-world process (the floor: starting any Swift program), and on synthetic specs of growing
/// size. Every run generates into an empty folder, so every file is written.
struct GeneratorBenchmark {
    var specgen: String
    var swiftc: String
    var repository: String
    var scratch: String
    var staticallyLinked: Bool

    func run(into report: inout Report) throws {
        let hello = try buildHelloWorld(static: staticallyLinked)
        let otherHello = try buildHelloWorld(static: !staticallyLinked)
        let spec = repository + "/Spec"
        try checkSpecgen(spec: spec)

        // Interleaved, so a slow phase of the machine hits all three alike.
        var helloRuns: [ProcessRun] = [], otherHelloRuns: [ProcessRun] = [], generateRuns: [ProcessRun] = []
        var upToDateRuns: [ProcessRun] = []
        let upToDate = scratch + "/capillary-up-to-date"
        try ChildProcess.check(specgen, ["generate", "--spec", spec, "--output", upToDate, "--quiet"])
        for round in 0..<40 {
            let output = scratch + "/capillary-\(round)"
            generateRuns.append(try checked(specgen, ["generate", "--spec", spec, "--output", output, "--quiet"]))
            helloRuns.append(try checked(hello, []))
            upToDateRuns.append(try checked(specgen, ["generate", "--spec", spec, "--output", upToDate, "--quiet"]))
            otherHelloRuns.append(try checked(otherHello, []))
        }
        try Self.remove((0..<40).map { scratch + "/capillary-\($0)" })
        let helloMemory = try ChildProcess.peakMemory(hello, [])
        let otherHelloMemory = try ChildProcess.peakMemory(otherHello, [])
        let generateMemory = try ChildProcess.peakMemory(specgen, ["generate", "--spec", spec, "--output", scratch + "/capillary-memory", "--quiet"])
        let upToDateMemory = try ChildProcess.peakMemory(specgen, ["generate", "--spec", spec, "--output", upToDate, "--quiet"])

        let linkage = staticallyLinked ? "static" : "dynamic"
        let otherLinkage = staticallyLinked ? "dynamic" : "static"
        let ratio = generateRuns.medianCPUSeconds / helloRuns.medianCPUSeconds
        report.add(
            "hello world, `swiftc -O`, \(linkage) Swift runtime (the floor)",
            "\(Self.times(helloRuns)), \(Format.mebibytes(helloMemory))")
        report.add(
            "hello world, `swiftc -O`, \(otherLinkage) Swift runtime",
            "\(Self.times(otherHelloRuns)), \(Format.mebibytes(otherHelloMemory))")
        report.add(
            "`specgen generate` Spec/capillary, empty output folder",
            "\(Self.times(generateRuns)), \(Format.mebibytes(generateMemory)); "
                + "\(Format.ratio(ratio)) hello world (\(linkage)), "
                + "\(Format.ratio(generateRuns.medianCPUSeconds / otherHelloRuns.medianCPUSeconds)) hello world (\(otherLinkage))",
            target: "≤ 1.5× hello world", verdict: ratio <= 1.5 ? .met : .missed)
        report.add(
            "`specgen generate` Spec/capillary, output up to date",
            "\(Self.times(upToDateRuns)), \(Format.mebibytes(upToDateMemory)); "
                + "\(Format.ratio(upToDateRuns.medianCPUSeconds / helloRuns.medianCPUSeconds)) hello world (\(linkage))")

        var seconds: [Int: Double] = [:]
        for (endpoints, rounds) in [(10, 9), (100, 5), (1_000, 3)] {
            let specFolder = scratch + "/synthetic-\(endpoints)"
            try SyntheticSpec(endpointCount: endpoints).write(to: specFolder)
            var runs: [ProcessRun] = []
            for round in 0..<rounds {
                let output = scratch + "/synthetic-\(endpoints)-out-\(round)"
                runs.append(try checked(specgen, ["generate", "--spec", specFolder, "--output", output, "--quiet"]))
            }
            // Round 0's module is what the compile benchmark builds.
            try Self.remove((1..<rounds).map { scratch + "/synthetic-\(endpoints)-out-\($0)" })
            seconds[endpoints] = runs.medianCPUSeconds
            let memory = try ChildProcess.peakMemory(
                specgen, ["generate", "--spec", specFolder, "--output", scratch + "/synthetic-\(endpoints)-memory", "--quiet"])
            try FileManager.default.removeItem(atPath: scratch + "/synthetic-\(endpoints)-memory")
            let perEndpoint = runs.medianCPUSeconds / Double(endpoints)
            // The target is elapsed time, what a build waits for; the generator spreads large specs
            // over the cores, so CPU time (the work done, shown first) can exceed it.
            report.add(
                "`specgen generate`, \(Format.count(endpoints)) synthetic endpoints",
                "\(Self.times(runs)), \(Format.mebibytes(memory)); "
                    + "\(Format.milliseconds(perEndpoint)) CPU per endpoint, "
                    + "\(Format.duration(runs.medianSystemSeconds)) of it in the kernel",
                target: endpoints == 1_000 ? "< 2 s wall" : "",
                verdict: endpoints == 1_000 ? (runs.medianSeconds < 2 ? .met : .missed) : nil)
        }
        // Linear growth: 10× the endpoints should cost at most about 10× the time (less, since the
        // start-up cost is paid once).
        let growth = seconds[1_000]! / seconds[100]!
        report.add(
            "growth from 100 to 1,000 endpoints",
            "\(Format.ratio(growth)) the time for 10× the endpoints",
            target: "linear (≤ 11×)", verdict: growth <= 11 ? .met : .missed)
    }

    /// CPU time (user + system), the measure the verdicts use: a busy shared machine distorts it
    /// far less than wall time, which follows in brackets.
    static func times(_ runs: [ProcessRun]) -> String {
        "\(Format.duration(runs.medianCPUSeconds)) CPU (\(Format.duration(runs.medianSeconds)) wall)"
    }

    /// Removes earlier runs' output only after a series of runs: ext4 does not reuse an inode
    /// deleted a moment ago and scans past every such one, so creating thousands of files right
    /// after deleting thousands made file creation (kernel time) most of a 1,000-endpoint run.
    static func remove(_ folders: [String]) throws {
        for folder in folders { try FileManager.default.removeItem(atPath: folder) }
    }

    /// The synthetic specs' generated module, for the compile benchmark.
    func syntheticModule(endpoints: Int) -> String {
        scratch + "/synthetic-\(endpoints)-out-0/SyntheticAPI"
    }

    private func checked(_ executable: String, _ arguments: [String]) throws -> ProcessRun {
        let run = try ChildProcess.run(executable, arguments)
        guard run.exitCode == 0 else {
            // Run it again to show why it failed.
            try ChildProcess.check(executable, arguments)
            throw ChildProcess.Failure(description: "\(executable) failed")
        }
        return run
    }

    /// A generate whose output differs from the committed Generated/ would measure something else.
    private func checkSpecgen(spec: String) throws {
        try ChildProcess.check(specgen, ["check", "--spec", spec, "--output", repository + "/Generated"])
    }

    private func buildHelloWorld(static: Bool) throws -> String {
        let source = scratch + "/hello.swift"
        try "print(\"Hello, world!\")\n".write(toFile: source, atomically: false, encoding: .utf8)
        let binary = scratch + (`static` ? "/hello-static" : "/hello")
        try ChildProcess.check(swiftc, ["-O", source, "-o", binary] + (`static` ? ["-static-stdlib"] : []))
        return binary
    }
}
