/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= self.row && row < self.row + height && column >= self.column && column < self.column + width
    }

    /// The rectangle without its first (header) row.
    public var body: Rect { Rect(row: row + 1, column: column, width: width, height: height - 1) }
}

/// Where everything goes for a screen size: a title bar, the template pane
/// above the request pane on the left, the output pane above the info
/// (or step) panel on the right, and a status bar. Pane rectangles include
/// their header row.
public struct Layout: Sendable {
    public static let minimum = Size(width: 40, height: 12)

    public let size: Size
    public let template: Rect
    public let request: Rect
    public let output: Rect
    public let info: Rect
    /// The column of the vertical separator.
    public let separator: Int

    public init(size: Size) {
        self.size = size
        let bodyTop = 1, bodyHeight = max(0, size.height - 2)
        let left = (size.width - 1) / 2
        separator = left
        let templateHeight = bodyHeight * 3 / 5
        template = Rect(row: bodyTop, column: 0, width: left, height: templateHeight)
        request = Rect(row: bodyTop + templateHeight, column: 0, width: left, height: bodyHeight - templateHeight)
        let infoHeight = max(6, bodyHeight / 3)
        let right = left + 1
        output = Rect(row: bodyTop, column: right, width: size.width - right, height: bodyHeight - infoHeight)
        info = Rect(row: bodyTop + bodyHeight - infoHeight, column: right, width: size.width - right, height: infoHeight)
    }

    public var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .template: template
        case .request: request
        case .output: output
        }
    }

    /// Cells of the line-number gutter for a buffer of `lineCount` lines.
    public static func gutterWidth(lineCount: Int) -> Int {
        max(3, String(lineCount).count) + 1
    }

    /// Rows and text columns of an editor pane's viewport.
    public func viewport(of pane: Pane, lineCount: Int) -> (rows: Int, columns: Int) {
        let body = rect(of: pane).body
        return (body.height, body.width - Layout.gutterWidth(lineCount: lineCount))
    }
}
