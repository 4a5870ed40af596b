/// What the terminal can show.
public enum ColorMode: String, Sendable, CaseIterable {
    /// 256 colours.
    case full
    /// The eight basic colours.
    case basic
    /// No colour (`NO_COLOR` or a monochrome terminal): attributes only.
    case none

    /// The mode for a terminal with `colors` colours and the `NO_COLOR` convention.
    public static func detect(colors: Int, noColor: Bool) -> ColorMode {
        if noColor || colors < 8 { return .none }
        return colors >= 256 ? .full : .basic
    }
}

/// Semantic roles of everything drawn; the theme maps them to styles per colour mode.
public enum Role: Sendable, Hashable, CaseIterable {
    case text, lineNumber, currentLineNumber
    case directive, reference, string, comment, number, keyword, key, punctuation, escape
    case selection, partner, errorSpan, warningSpan, stepSpan, stepOutputDone, stepOutputCurrent
    case titleBar, paneTitle, paneTitleFocused, statusBar, statusKey, message
    case dialog, dialogTitle, dialogSelection, ok, error, warning, dim
}

/// Styles for roles in one colour mode.
public struct Theme: Sendable {
    public let mode: ColorMode

    public init(mode: ColorMode) { self.mode = mode }

    public func style(_ role: Role) -> CellStyle {
        switch mode {
        case .full: full(role)
        case .basic: basic(role)
        case .none: monochrome(role)
        }
    }

    public func style(token kind: TokenKind) -> CellStyle {
        switch kind {
        case .plain: style(.text)
        case .directive: style(.directive)
        case .reference: style(.reference)
        case .string: style(.string)
        case .comment: style(.comment)
        case .number: style(.number)
        case .keyword: style(.keyword)
        case .key: style(.key)
        case .punctuation: style(.punctuation)
        case .escape: style(.escape)
        }
    }

    private func full(_ role: Role) -> CellStyle {
        switch role {
        case .text, .punctuation: .plain
        case .lineNumber: CellStyle(foreground: .indexed(243))
        case .currentLineNumber: CellStyle(foreground: .indexed(250), bold: true)
        case .directive: CellStyle(foreground: .indexed(170), bold: true)
        case .reference: CellStyle(foreground: .indexed(39))
        case .string: CellStyle(foreground: .indexed(114))
        case .comment: CellStyle(foreground: .indexed(244), dim: true)
        case .number: CellStyle(foreground: .indexed(215))
        case .keyword: CellStyle(foreground: .indexed(204))
        case .key: CellStyle(foreground: .indexed(81))
        case .escape: CellStyle(foreground: .indexed(180))
        case .selection: CellStyle(background: .indexed(24))
        case .partner: CellStyle(background: .indexed(58), bold: true)
        case .errorSpan: CellStyle(background: .indexed(52), underline: true)
        case .warningSpan: CellStyle(background: .indexed(58), underline: true)
        case .stepSpan: CellStyle(background: .indexed(94))
        case .stepOutputDone: CellStyle(background: .indexed(236))
        case .stepOutputCurrent: CellStyle(background: .indexed(94))
        case .titleBar: CellStyle(foreground: .indexed(231), background: .indexed(25), bold: true)
        case .paneTitle: CellStyle(foreground: .indexed(250), background: .indexed(238))
        case .paneTitleFocused: CellStyle(foreground: .indexed(231), background: .indexed(31), bold: true)
        case .statusBar: CellStyle(foreground: .indexed(252), background: .indexed(237))
        case .statusKey: CellStyle(foreground: .indexed(231), background: .indexed(237), bold: true)
        case .message: CellStyle(foreground: .indexed(229), background: .indexed(237), bold: true)
        case .dialog: CellStyle(foreground: .indexed(252), background: .indexed(235))
        case .dialogTitle: CellStyle(foreground: .indexed(231), background: .indexed(25), bold: true)
        case .dialogSelection: CellStyle(foreground: .indexed(231), background: .indexed(31))
        case .ok: CellStyle(foreground: .indexed(114), bold: true)
        case .error: CellStyle(foreground: .indexed(203), bold: true)
        case .warning: CellStyle(foreground: .indexed(221))
        case .dim: CellStyle(foreground: .indexed(245))
        }
    }

    private func basic(_ role: Role) -> CellStyle {
        switch role {
        case .text, .punctuation: .plain
        case .lineNumber: CellStyle(foreground: .cyan, dim: true)
        case .currentLineNumber: CellStyle(foreground: .cyan, bold: true)
        case .directive: CellStyle(foreground: .magenta, bold: true)
        case .reference: CellStyle(foreground: .cyan)
        case .string: CellStyle(foreground: .green)
        case .comment: CellStyle(foreground: .blue)
        case .number, .escape: CellStyle(foreground: .yellow)
        case .keyword: CellStyle(foreground: .red)
        case .key: CellStyle(foreground: .cyan, bold: true)
        case .selection: CellStyle(foreground: .black, background: .cyan)
        case .partner: CellStyle(foreground: .black, background: .yellow)
        case .errorSpan: CellStyle(foreground: .white, background: .red, underline: true)
        case .warningSpan: CellStyle(foreground: .yellow, underline: true)
        case .stepSpan, .stepOutputCurrent: CellStyle(foreground: .black, background: .yellow)
        case .stepOutputDone: CellStyle(underline: true)
        case .titleBar, .paneTitleFocused, .dialogTitle: CellStyle(foreground: .white, background: .blue, bold: true)
        case .paneTitle, .statusBar: CellStyle(foreground: .black, background: .white)
        case .statusKey: CellStyle(foreground: .black, background: .white, bold: true)
        case .message: CellStyle(foreground: .blue, background: .white, bold: true)
        case .dialog: CellStyle(foreground: .white, background: .black)
        case .dialogSelection: CellStyle(foreground: .black, background: .cyan)
        case .ok: CellStyle(foreground: .green, bold: true)
        case .error: CellStyle(foreground: .red, bold: true)
        case .warning: CellStyle(foreground: .yellow)
        case .dim: CellStyle(dim: true)
        }
    }

    private func monochrome(_ role: Role) -> CellStyle {
        switch role {
        case .text, .punctuation, .reference, .string, .number, .key, .escape, .lineNumber, .dialog, .warning: .plain
        case .currentLineNumber, .directive, .keyword, .ok, .error, .statusKey, .message: CellStyle(bold: true)
        case .comment, .dim: CellStyle(dim: true)
        case .selection, .titleBar, .paneTitleFocused, .dialogTitle, .dialogSelection, .stepSpan, .stepOutputCurrent:
            CellStyle(reverse: true)
        case .partner: CellStyle(bold: true, underline: true)
        case .errorSpan, .warningSpan, .stepOutputDone: CellStyle(underline: true)
        case .paneTitle, .statusBar: CellStyle(reverse: true, dim: true)
        }
    }
}
