import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

// libFuzzer's loop, with `fuzzOne` (in this target's other file) as the target.
exit(fuzz_driver_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    guard let data else { return fuzzOne(UnsafePointer(bitPattern: 1)!, 0) }
    return fuzzOne(data, size)
})
