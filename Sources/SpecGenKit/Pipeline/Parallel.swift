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

    /// Elements that `map`'s calls take by index, each exactly once: a taken element belongs to
    /// its call alone and is freed when that call is done with it, not when all are.
    final class TakeOnce<Element: Sendable>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Element>
        /// Whether each element was taken; each flag is written by the one call taking it.
        private let taken: UnsafeMutableBufferPointer<Bool>

        init(_ elements: consuming [Element]) {
            buffer = .allocate(capacity: elements.count)
            _ = buffer.initialize(from: elements)
            taken = .allocate(capacity: elements.count)
            taken.initialize(repeating: false)
        }

        var count: Int { buffer.count }

        /// Element `index`, moved out; call once per index.
        func take(_ index: Int) -> Element {
            precondition(!taken[index], "element \(index) taken twice")
            taken[index] = true
            return (buffer.baseAddress! + index).move()
        }

        deinit {
            for index in buffer.indices where !taken[index] {
                (buffer.baseAddress! + index).deinitialize(count: 1)
            }
            buffer.deallocate()
            taken.deallocate()
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
