import Foundation

/// A sample: a folder holding `template.vtl` and `request.json`.
public struct Sample: Sendable, Equatable {
    public var name: String
    public var templatePath: String
    public var requestPath: String
}

/// Lists the samples of a `samples/` directory.
public enum SampleCatalog {
    public static func list(directory: String) -> [Sample] {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().compactMap { name in
            let folder = directory + "/" + name
            let template = folder + "/template.vtl", request = folder + "/request.json"
            guard manager.fileExists(atPath: template), manager.fileExists(atPath: request) else { return nil }
            return Sample(name: name, templatePath: template, requestPath: request)
        }
    }
}
