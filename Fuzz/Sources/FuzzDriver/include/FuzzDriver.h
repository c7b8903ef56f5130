#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in compiler-rt's libFuzzer, linked by -sanitize=fuzzer): runs the
/// fuzzing loop with `callback` as the target, parsing libFuzzer flags from argv.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// Runs libFuzzer with `callback`; `argc`/`argv` are the process's.
static inline int fuzz_driver_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
#endif
