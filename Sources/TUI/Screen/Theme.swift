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
    case selection, partner, errorSpan, stepSpan, stepOutputDone, stepOutputCurrent
    case titleBar, paneTitle, paneTitleFocused, statusBar, statusKey, message
    case dialog, dialogTitle, dialogSelection, ok, error, warning, dim
}

/// Styles for roles in one colour mode.
public struct Theme: Sendable {
    public let mode: ColorMode

    public init(mode: ColorMode) { self.mode = mode }

    public func style(_ role: Role) -> Style {
        switch mode {
        case .full: full(role)
        case .basic: basic(role)
        case .none: monochrome(role)
        }
    }

    public func style(token kind: TokenKind) -> Style {
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

    private func full(_ role: Role) -> Style {
        switch role {
        case .text, .punctuation: .plain
        case .lineNumber: Style(foreground: .indexed(243))
        case .currentLineNumber: Style(foreground: .indexed(250), bold: true)
        case .directive: Style(foreground: .indexed(170), bold: true)
        case .reference: Style(foreground: .indexed(39))
        case .string: Style(foreground: .indexed(114))
        case .comment: Style(foreground: .indexed(244), dim: true)
        case .number: Style(foreground: .indexed(215))
        case .keyword: Style(foreground: .indexed(204))
        case .key: Style(foreground: .indexed(81))
        case .escape: Style(foreground: .indexed(180))
        case .selection: Style(background: .indexed(24))
        case .partner: Style(background: .indexed(58), bold: true)
        case .errorSpan: Style(background: .indexed(52), underline: true)
        case .stepSpan: Style(background: .indexed(94))
        case .stepOutputDone: Style(background: .indexed(236))
        case .stepOutputCurrent: Style(background: .indexed(94))
        case .titleBar: Style(foreground: .indexed(231), background: .indexed(25), bold: true)
        case .paneTitle: Style(foreground: .indexed(250), background: .indexed(238))
        case .paneTitleFocused: Style(foreground: .indexed(231), background: .indexed(31), bold: true)
        case .statusBar: Style(foreground: .indexed(252), background: .indexed(237))
        case .statusKey: Style(foreground: .indexed(231), background: .indexed(237), bold: true)
        case .message: Style(foreground: .indexed(229), background: .indexed(237), bold: true)
        case .dialog: Style(foreground: .indexed(252), background: .indexed(235))
        case .dialogTitle: Style(foreground: .indexed(231), background: .indexed(25), bold: true)
        case .dialogSelection: Style(foreground: .indexed(231), background: .indexed(31))
        case .ok: Style(foreground: .indexed(114), bold: true)
        case .error: Style(foreground: .indexed(203), bold: true)
        case .warning: Style(foreground: .indexed(221))
        case .dim: Style(foreground: .indexed(245))
        }
    }

    private func basic(_ role: Role) -> Style {
        switch role {
        case .text, .punctuation: .plain
        case .lineNumber: Style(foreground: .cyan, dim: true)
        case .currentLineNumber: Style(foreground: .cyan, bold: true)
        case .directive: Style(foreground: .magenta, bold: true)
        case .reference: Style(foreground: .cyan)
        case .string: Style(foreground: .green)
        case .comment: Style(foreground: .blue)
        case .number, .escape: Style(foreground: .yellow)
        case .keyword: Style(foreground: .red)
        case .key: Style(foreground: .cyan, bold: true)
        case .selection: Style(foreground: .black, background: .cyan)
        case .partner: Style(foreground: .black, background: .yellow)
        case .errorSpan: Style(foreground: .white, background: .red, underline: true)
        case .stepSpan, .stepOutputCurrent: Style(foreground: .black, background: .yellow)
        case .stepOutputDone: Style(underline: true)
        case .titleBar, .paneTitleFocused, .dialogTitle: Style(foreground: .white, background: .blue, bold: true)
        case .paneTitle, .statusBar: Style(foreground: .black, background: .white)
        case .statusKey: Style(foreground: .black, background: .white, bold: true)
        case .message: Style(foreground: .blue, background: .white, bold: true)
        case .dialog: Style(foreground: .white, background: .black)
        case .dialogSelection: Style(foreground: .black, background: .cyan)
        case .ok: Style(foreground: .green, bold: true)
        case .error: Style(foreground: .red, bold: true)
        case .warning: Style(foreground: .yellow)
        case .dim: Style(dim: true)
        }
    }

    private func monochrome(_ role: Role) -> Style {
        switch role {
        case .text, .punctuation, .reference, .string, .number, .key, .escape, .lineNumber, .dialog, .warning: .plain
        case .currentLineNumber, .directive, .keyword, .ok, .error, .statusKey, .message: Style(bold: true)
        case .comment, .dim: Style(dim: true)
        case .selection, .titleBar, .paneTitleFocused, .dialogTitle, .dialogSelection, .stepSpan, .stepOutputCurrent:
            Style(reverse: true)
        case .partner: Style(bold: true, underline: true)
        case .errorSpan, .stepOutputDone: Style(underline: true)
        case .paneTitle, .statusBar: Style(reverse: true, dim: true)
        }
    }
}
