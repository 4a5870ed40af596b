import CNCursesShim
import TUI

/// Draws screens on the terminal, sending only the cells that changed since
/// the last frame. Colours degrade to the terminal's capability.
final class Painter {
    private var previous: Screen?
    private let mode: ColorMode
    private var pairs: [PairKey: Int16] = [:]
    private let maximumPairs: Int

    struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(mode: ColorMode) {
        self.mode = mode
        maximumPairs = Int(vtl_color_pairs())
    }

    /// Forgets the terminal's content (after a resize) so the next frame is drawn whole.
    func invalidate() {
        previous = nil
        vtl_invalidate()
    }

    func draw(_ screen: Screen) {
        if previous?.size != screen.size { invalidate() }
        var cluster = [wchar_t](repeating: 0, count: 5)
        for row in 0..<screen.size.height {
            for column in 0..<screen.size.width {
                let cell = screen[row, column]
                if cell.isContinuation { continue }
                if let previous, previous[row, column] == cell { continue }
                var count = 0
                for scalar in cell.character.unicodeScalars.prefix(4) {
                    cluster[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                cluster[count] = 0
                vtl_put(Int32(row), Int32(column), cluster, attributes(cell.style), pair(cell.style))
            }
        }
        if let cursor = screen.cursor {
            vtl_place_cursor(Int32(cursor.row), Int32(cursor.column), 1)
        } else {
            vtl_place_cursor(0, 0, 0)
        }
        vtl_refresh()
        previous = screen
    }

    private func attributes(_ style: CellStyle) -> Int32 {
        var bits: Int32 = 0
        if style.bold { bits |= Int32(VTL_BOLD) }
        if style.underline { bits |= Int32(VTL_UNDERLINE) }
        if style.reverse { bits |= Int32(VTL_REVERSE) }
        if style.dim { bits |= Int32(VTL_DIM) }
        return bits
    }

    private func pair(_ style: CellStyle) -> Int16 {
        guard mode != .none else { return 0 }
        let key = PairKey(foreground: terminalColor(style.foreground), background: terminalColor(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard pairs.count + 1 < maximumPairs else { return 0 }
        let pair = Int16(pairs.count + 1)
        vtl_color_pair(pair, key.foreground, key.background)
        pairs[key] = pair
        return pair
    }

    private func terminalColor(_ color: Color?) -> Int16 {
        guard let color else { return -1 }
        return Int16(mode == .full ? color.index : color.basic.index)
    }
}
