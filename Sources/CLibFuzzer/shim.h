// libFuzzer's driver, declared for Swift. Nothing is linked here: the symbol comes from the
// toolchain's libclang_rt.fuzzer, which `swiftc -sanitize=fuzzer` links, and SpecGenFuzz only
// calls it when built with `-D FUZZING` (Tests/Fuzz/run-fuzzer). SpecGenFuzz calls the driver from
// its own `main` instead of letting libFuzzer's `main` run because SwiftPM links every executable
// target with `main` aliased to the target's own entry point.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
