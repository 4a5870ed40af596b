import Foundation

/// A sample: a folder holding `template.vtl` and `request.json`.
public struct Sample: Sendable, Equatable {
    public var name: String
    public var templatePath: String
    public var requestPath: String
}

/// Lists the samples of a `samples/` directory: its folders holding both files,
/// and those one level deeper (`integrations/sqs-send-message`).
public enum SampleCatalog {
    public static func list(directory: String) -> [Sample] {
        list(directory: directory, prefix: "", depth: 1)
    }

    private static func list(directory: String, prefix: String, depth: Int) -> [Sample] {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().flatMap { name -> [Sample] in
            let folder = directory + "/" + name
            let template = folder + "/template.vtl", request = folder + "/request.json"
            if manager.fileExists(atPath: template), manager.fileExists(atPath: request) {
                return [Sample(name: prefix + name, templatePath: template, requestPath: request)]
            }
            return depth > 0 ? list(directory: folder, prefix: prefix + name + "/", depth: depth - 1) : []
        }
    }
}
