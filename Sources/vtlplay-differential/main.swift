// vtlplay-differential: writes generated cases for scripts/differential (which runs them
// through the oracle and vtlplay, then minimises and classifies disagreements).
//
//   vtlplay-differential generate --seed S --count N [--start K]   one batch line a case
import Differential
import Foundation

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.first == "generate",
      let seed = UInt64(option("--seed", in: arguments) ?? "1"),
      let count = Int(option("--count", in: arguments) ?? "100"),
      let start = Int(option("--start", in: arguments) ?? "0"), count >= 0, start >= 0 else {
    FileHandle.standardError.write(Data("usage: vtlplay-differential generate [--seed S] [--count N] [--start K]\n".utf8))
    exit(2)
}
var output = ""
for index in start..<(start + count) {
    output += GeneratedCase(seed: seed, index: index).batchLine + "\n"
    if output.utf8.count > 1 << 16 {
        FileHandle.standardOutput.write(Data(output.utf8))
        output = ""
    }
}
FileHandle.standardOutput.write(Data(output.utf8))
