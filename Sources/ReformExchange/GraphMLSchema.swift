internal import CLibXML2

/// Validation of a GraphML file against an XML Schema with libxml2, in-process and offline.
public enum GraphMLSchema {
    /// Validates the file at `path` against the XSD at `schemaPath` (for example
    /// `../shared/graphml/graphml.xsd`), streaming, with no network access.
    ///
    /// - Returns: the problems found, each as `LINE: message`; empty when the file is valid.
    /// - Throws: ``FileError`` when the schema cannot be read.
    public static func validate(file path: String, schema schemaPath: String) throws -> [String] {
        let box = ProblemBox()
        let context = Unmanaged.passUnretained(box).toOpaque()
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            throw FileError.cannotOpen(path: schemaPath, reason: "libxml2 could not read the schema")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, collect, context)
        guard let schema = xmlSchemaParse(parser) else {
            throw FileError.malformed(path: schemaPath, line: nil, reason: "not a usable schema: \(box.problems.first ?? "unknown error")")
        }
        defer { xmlSchemaFree(schema) }
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            throw FileError.cannotOpen(path: schemaPath, reason: "libxml2 could not start a validator")
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        box.problems = []
        xmlSchemaSetValidStructuredErrors(validator, collect, context)
        let status = xmlSchemaValidateFile(validator, path, 0)
        if status != 0 && box.problems.isEmpty { box.problems.append("0: not valid (libxml2 status \(status))") }
        return box.problems
    }

    private final class ProblemBox { var problems: [String] = [] }

    private static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let box = Unmanaged<ProblemBox>.fromOpaque(context).takeUnretainedValue()
        guard box.problems.count < 100 else { return }
        var text = error.pointee.message.map { String(cString: $0) } ?? "error"
        while text.last == "\n" { text.removeLast() }
        box.problems.append("\(error.pointee.line): \(text)")
    }
}
