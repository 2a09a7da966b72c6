import Dispatch

/// Runs independent pieces of the pipeline (one spec file, one output file) on every core. Results
/// come back in index order, so output and diagnostics never depend on which thread finished first.
enum Parallel {
    /// `(0..<count).map(transform)`, computed on all cores when there are at least `minimumCount`
    /// pieces; fewer run on the calling thread, where starting threads would cost more than it saves.
    /// `transform` is `@Sendable`, so the compiler checks that it only shares what is safe to share;
    /// each call's result goes to its own slot.
    static func map<T: Sendable>(_ count: Int, minimumCount: Int = 16, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count >= minimumCount else { return (0..<count).map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let slots = Slots(transform: transform, count: count)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.fill(index)
            }
            return slots.results()
        }
    }

    /// One result slot per index, each written by exactly one `concurrentPerform` iteration and
    /// read only after all of them returned; that discipline is what makes it safe to share.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        let transform: @Sendable (Int) -> T
        let buffer: UnsafeMutableBufferPointer<T>

        init(transform: @escaping @Sendable (Int) -> T, count: Int) {
            self.transform = transform
            buffer = .allocate(capacity: count)
        }

        func fill(_ index: Int) {
            (buffer.baseAddress! + index).initialize(to: transform(index))
        }

        /// Moves the results out; call once, after every slot is filled.
        func results() -> [T] {
            let results = Array(buffer)
            buffer.deinitialize()
            return results
        }

        deinit { buffer.deallocate() }
    }
}
