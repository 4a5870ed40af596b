import Yams

/// Bounds what YAML aliases (`*name`) add to a document. Each alias repeats its
/// anchor's whole content, so nested aliases multiply ("billion laughs": thirteen
/// lines that expand to 10^13 values). Yams resolves an alias to its anchor's node,
/// so an alias shows as a collection met a second time (same kind and start
/// position); everything under it counts against `maximumValues`.
enum YAMLAliases {
    /// Values that aliases may add to a document in all.
    static let maximumValues = 100_000

    /// Aliases (`*name`) a document may hold: a chain of aliases nests the document as deep
    /// as it is long, and Yams frees such a tree recursively. Counted on the text before
    /// Yams reads it.
    static let maximumAliases = 10_000

    static let aliasCountReason = "more than \(maximumAliases) aliases (*name)"

    /// Where the text's alias count (an upper bound: each `*` that starts a word) first
    /// exceeds `maximumAliases`, if it does.
    static func excessiveAliases(_ text: String) -> (line: Int, column: Int)? {
        var count = 0
        var line = 1
        var column = 0
        var previous: UInt8 = UInt8(ascii: "\n")
        var starBefore = false
        for byte in text.utf8 {
            column += 1
            if starBefore && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t") {
                count += 1
                if count > maximumAliases { return (line, column - 1) }
            }
            starBefore = byte == UInt8(ascii: "*") && (previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n")
                || previous == UInt8(ascii: "\t") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{")
                || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "-"))
            if byte == UInt8(ascii: "\n") { line += 1; column = 0 }
            previous = byte
        }
        return nil
    }

    /// Keeps a refused document's nodes alive to the end of the process: aliases can
    /// chain them deeper than freeing them (recursively, in Yams's types) can go.
    static func keepAlive(_ node: Node) {
        _ = Unmanaged.passRetained(Kept(node))
    }

    private final class Kept {
        let node: Node
        init(_ node: Node) { self.node = node }
    }

    /// Why a document is refused, after the position of the alias that went over.
    static let reason = "aliases here expand to more than \(maximumValues) values (each alias repeats its anchor's content, nested aliases multiply it)"

    /// Why a document is refused when aliases nest it too deeply (a chain `a2: &a2 [*a1]`, ...).
    static let depthReason = "aliases here nest the document deeper than \(YAMLDocument.maximumDepth) levels (each alias repeats its anchor's content)"

    /// Where aliases first add more than `maximumValues` values under `root`, or nest it
    /// deeper than `YAMLDocument.maximumDepth`: the key (or the collection) that holds the
    /// alias, and why; nil when they stay within the bounds. Walks without recursion,
    /// whatever the shape of the aliases.
    static func overflow(in root: Node) -> (line: Int, column: Int, reason: String)? {
        var walk = Walk()
        return walk.run(root)
    }

    private static func position(_ node: Node, _ fallback: (line: Int, column: Int)) -> (line: Int, column: Int) {
        node.mark.map { ($0.line, $0.column) } ?? fallback
    }

    private struct Walk {
        /// Collections met so far, by kind and start position.
        var seen: Set<[Int]> = []
        /// Values added by aliases so far.
        var added = 0
        /// Where the alias being expanded is used; nil outside aliases.
        var aliasSite: (line: Int, column: Int)?

        enum Step {
            /// Visit a node referred to at `site`, `depth` levels under the root.
            case enter(Node, site: (line: Int, column: Int), depth: Int)
            /// The outermost alias being expanded is done.
            case leaveAlias
        }

        /// Visits every value in document order (aliases expanded) with an explicit stack.
        mutating func run(_ root: Node) -> (line: Int, column: Int, reason: String)? {
            var steps: [Step] = [.enter(root, site: position(root, (1, 1)), depth: 0)]
            while let step = steps.popLast() {
                guard case .enter(let node, let site, let depth) = step else {
                    aliasSite = nil
                    continue
                }
                let here = position(node, site)
                if aliasSite == nil && isRepeated(node, here) {
                    aliasSite = site
                    steps.append(.leaveAlias)
                }
                if let aliasSite {
                    added += 1
                    if added > maximumValues { return (aliasSite.line, aliasSite.column, reason) }
                    if depth > YAMLDocument.maximumDepth { return (aliasSite.line, aliasSite.column, depthReason) }
                }
                switch node {
                case .scalar: break
                case .sequence(let sequence):
                    for item in sequence.reversed() { steps.append(.enter(item, site: here, depth: depth + 1)) }
                case .mapping(let mapping):
                    for (key, value) in mapping.reversed() { steps.append(.enter(value, site: position(key, here), depth: depth + 1)) }
                }
            }
            return nil
        }

        private mutating func isRepeated(_ node: Node, _ at: (line: Int, column: Int)) -> Bool {
            guard node.mark != nil else { return false }
            switch node {
            case .scalar: return false
            case .sequence: return !seen.insert([0, at.line, at.column]).inserted
            case .mapping: return !seen.insert([1, at.line, at.column]).inserted
            }
        }
    }
}
