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
}

/// Times `body` once.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    return (ContinuousClock.now - start).seconds
}

/// Keeps a computed value alive so the optimizer cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
