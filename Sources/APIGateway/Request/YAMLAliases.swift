import Yams

/// Bounds what YAML aliases (`*name`) add to a document. Each alias repeats its
/// anchor's whole content, so nested aliases multiply ("billion laughs": thirteen
/// lines that expand to 10^13 values). Yams resolves an alias to its anchor's node,
/// so an alias shows as a collection met a second time (same kind and start
/// position); everything under it counts against `maximumValues`.
enum YAMLAliases {
    /// Values that aliases may add to a document in all.
    static let maximumValues = 100_000

    /// Why a document is refused, after the position of the alias that went over.
    static let reason = "aliases here expand to more than \(maximumValues) values (each alias repeats its anchor's content, nested aliases multiply it)"

    /// Where aliases first add more than `maximumValues` values under `root`: the key
    /// (or the collection) that holds the alias; nil when they stay within the bound.
    static func overflow(in root: Node) -> (line: Int, column: Int)? {
        var walk = Walk()
        return walk.visit(root, site: position(root, (1, 1))) ? nil : walk.overflowSite
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
        var overflowSite: (line: Int, column: Int)?

        /// False once the bound is exceeded. `site` is where `node` is referred to.
        mutating func visit(_ node: Node, site: (line: Int, column: Int)) -> Bool {
            let here = position(node, site)
            let outermostAlias = aliasSite == nil && isRepeated(node, here)
            if outermostAlias { aliasSite = site }
            defer { if outermostAlias { aliasSite = nil } }
            if let aliasSite {
                added += 1
                if added > maximumValues {
                    overflowSite = aliasSite
                    return false
                }
            }
            switch node {
            case .scalar: return true
            case .sequence(let sequence):
                for item in sequence where !visit(item, site: here) { return false }
                return true
            case .mapping(let mapping):
                for (key, value) in mapping where !visit(value, site: position(key, here)) { return false }
                return true
            }
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
