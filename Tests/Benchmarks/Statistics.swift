import Foundation

/// Summaries of repeated measurements. Medians, because the machine may be shared: a median
/// ignores the occasional run slowed down by another process, and interleaving the runs being
/// compared spreads any slow phase evenly over both.
extension Array where Element == Double {
    var median: Double {
        precondition(!isEmpty, "median of no measurements")
        let sorted = self.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension Array where Element == ProcessRun {
    var medianSeconds: Double { map(\.seconds).median }
    var medianCPUSeconds: Double { map(\.cpuSeconds).median }
    var medianSystemSeconds: Double { map(\.systemSeconds).median }
}

/// The CPU time `body` takes, in seconds. CPU time rather than wall time: on a shared machine
/// the wall clock also counts the time other processes had the core.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = processCPUSeconds()
    try body()
    return processCPUSeconds() - start
}

private func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Keeps a computed value alive so the optimizer cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
