/// A terminal colour: one of the eight basic colours or an index of the 256-colour palette.
public enum Color: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case indexed(UInt8)

    /// The palette index (0...255).
    public var index: Int {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .indexed(let value): Int(value)
        }
    }

    /// The nearest of the eight basic colours (for 8-colour terminals).
    public var basic: Color {
        let value = index
        if value < 16 { return Color.basicColors[value % 8] }
        if value >= 232 { return value < 244 ? .black : .white }
        let cube = value - 16
        let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
        let bits = (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
        return Color.basicColors[bits]
    }

    static let basicColors: [Color] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
}

/// How a cell is drawn: colours (nil is the terminal's default) and attributes.
public struct CellStyle: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = CellStyle()

    /// This style with `overlay`'s colours and attributes on top.
    public func overlaid(with overlay: CellStyle) -> CellStyle {
        CellStyle(foreground: overlay.foreground ?? foreground, background: overlay.background ?? background,
              bold: bold || overlay.bold, underline: underline || overlay.underline,
              reverse: reverse != overlay.reverse, dim: dim || overlay.dim)
    }
}
