import Foundation
import JSON

/// The benchmark corpus in the oracle's batch format: one `{"id","template","request"}`
/// line per case, from the service templates and from sample folders on disk.
enum Corpus {
    /// The service templates, then every folder under `directories` that holds a
    /// `template.vtl` (with its `request.json`, when there is one), sorted by path.
    static func lines(directories: [String]) throws -> [String] {
        var lines = ServiceTemplates.cases.map { line(id: $0.id, template: $0.template, request: $0.request) }
        for directory in directories {
            for folder in templateFolders(under: directory) {
                let template = try String(contentsOfFile: folder + "/template.vtl", encoding: .utf8)
                var request: JSONValue = .object([:])
                if let text = try? String(contentsOfFile: folder + "/request.json", encoding: .utf8) {
                    request = try PermissiveJSON.parse(text)
                }
                let id = folder.hasPrefix(directory) ? String(folder.dropFirst(directory.count)) : folder
                lines.append(line(id: id.trimmingCharacters(in: CharacterSet(charactersIn: "/")), template: template, request: request))
            }
        }
        return lines
    }

    /// One batch line.
    static func line(id: String, template: String, request: JSONValue) -> String {
        JSONValue.object(["id": .string(id), "template": .string(template), "request": request]).jsonText(.compact)
    }

    private static func templateFolders(under directory: String) -> [String] {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
        return paths.filter { $0 == "template.vtl" || $0.hasSuffix("/template.vtl") }
            .map { directory + "/" + $0.dropLast("/template.vtl".count) }
            .sorted()
    }
}
