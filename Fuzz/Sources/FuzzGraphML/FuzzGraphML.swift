import ReformExchange

/// GraphML import: any bytes either import or throw a `FileError`; a trap is a bug.

func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? GraphMLImporter(sizeLimit: 1 << 20).read(bytes: bytes, name: "fuzz.graphml")
    return 0
}
