import APIGateway
import Foundation
import Testing

/// The request and mapping readers on hostile documents: alias chains, many keys,
/// endless input. Each ends in bounded time with a positioned error, never a crash.
@Suite struct ReaderLimitTests {
    /// `a1: &a1 [x]`, then `aN: &aN [*aN-1]`: each line nests the previous one once more.
    static func anchorChain(_ count: Int) -> String {
        var text = "a1: &a1 [x]\n"
        for n in 2...count { text += "a\(n): &a\(n) [*a\(n - 1)]\n" }
        return text
    }

    @Test func yamlAnchorChainIsRefusedByTheRequestReader() throws {
        let chain = Self.anchorChain(50_000)
        let message = try #require(finishing(within: 60) { () -> String? in
            do { _ = try MethodRequest(parsing: chain, file: "chain.yaml"); return nil } catch { return "\(error)" }
        }, "did not finish")
        let text = try #require(message, "accepted")
        #expect(text.hasPrefix("chain.yaml:"), "\(text)")
        #expect(text == "chain.yaml:10002:18: error: invalid YAML: more than 10000 aliases (*name)", "\(text)")
    }

    @Test func yamlAnchorChainIsRefusedByTheMappingReaders() throws {
        let chain = Self.anchorChain(50_000)
        let messages = try #require(finishing(within: 60) { () -> [String] in
            var messages: [String] = []
            do { _ = try MappingFileReader.read(chain) } catch { messages.append((error as? MappingFileError)?.reason ?? "\(error)") }
            do { _ = try MappingRequestReader.read(chain) } catch { messages.append((error as? MappingFileError)?.reason ?? "\(error)") }
            return messages
        }, "did not finish")
        #expect(messages.count == 2)
        for message in messages { #expect(message == "YAML with more than 10000 aliases (*name)", "\(message)") }
    }

    /// A chain short enough to be read, long enough to expand past the value budget:
    /// refused, and its nodes are not freed recursively (no crash).
    @Test func aShorterChainIsRefusedByTheValueBudget() throws {
        let chain = Self.anchorChain(9_000)
        let message = try #require(finishing(within: 60) { () -> String? in
            do { _ = try MethodRequest(parsing: chain, file: "chain.yaml"); return nil } catch { return "\(error)" }
        }, "did not finish")
        #expect(message?.contains("error: invalid YAML: aliases here expand to more than 100000 values") == true, "\(message ?? "")")
    }

    @Test func hundredThousandKeysAreCheckedForDuplicatesInLinearTime() throws {
        let count = 100_000
        let json = "{\"body\": \"x\", \"headers\": {" + (0..<count).map { "\"k\($0)\": \"v\"" }.joined(separator: ", ") + ", \"k7\": \"again\"}}"
        let yaml = "body: x\nheaders:\n" + (0..<count).map { "  k\($0): v\n" }.joined() + "  k7: again\n"
        for (name, text) in [("keys.json", json), ("keys.yaml", yaml)] {
            let started = Date()
            let message = try #require(finishing(within: 60) { () -> String? in
                do { _ = try MethodRequest(parsing: text, file: name); return nil } catch { return "\(error)" }
            }, "did not finish: \(name)")
            #expect(message?.contains("error: duplicate key 'k7'") == true, "\(message ?? "")")
            #expect(Date().timeIntervalSince(started) < 30, "\(name) took \(Date().timeIntervalSince(started)) s")
        }
    }

    @Test func endlessInputStopsAtTheLimitWithAMessage() throws {
        let reason = try #require(finishing(within: 30) { () -> String? in
            do { _ = try InputFile.read("/dev/zero", limit: 1 << 20); return nil } catch { return "\(error)" }
        }, "did not finish")
        #expect(reason == "/dev/zero: error: larger than the 64 MB limit for templates and request files")
    }

    @Test func aFileAtTheLimitIsRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("limit-\(UUID().uuidString).vtl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: UInt8(ascii: "a"), count: 1000).write(to: url)
        #expect(try InputFile.read(url.path, limit: 1000).count == 1000)
        #expect(throws: DocumentError.self) { _ = try InputFile.read(url.path, limit: 999) }
    }
}
