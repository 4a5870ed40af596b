/// Every key of the playground, for the help screen.
public enum KeyBindings {
    public static let sections: [(title: String, keys: [(String, String)])] = [
        ("Files and app", [
            ("F1", "help (Esc closes)"),
            ("Ctrl-O", "open a file into the template or request pane"),
            ("Ctrl-S", "save the template or request (asks for a path if new)"),
            ("Ctrl-P", "pick a sample (template.vtl + request.json)"),
            ("Ctrl-Q", "quit; with unsaved changes asks save? (y/n/cancel)"),
        ]),
        ("Panes", [
            ("F2 / F3 / F4", "focus the template / request / output pane"),
            ("Shift-Tab", "focus the next pane"),
            ("Ctrl-E", "go to the first error"),
            ("F6", "output: pretty-printed JSON or raw"),
            ("F9", "variables after the render"),
            ("mouse", "click focuses and places the cursor; the wheel scrolls"),
        ]),
        ("Step through the render", [
            ("F5", "step mode on / off"),
            ("F7 / F8", "previous / next step"),
            ("Enter in output", "step mode from the character under the cursor"),
            ("arrows in output", "in step mode: jump to the step that wrote the character"),
            ("Esc", "leave step mode, drop the selection"),
        ]),
        ("Editing", [
            ("arrows, Home, End", "move (Home toggles indentation / line start)"),
            ("PgUp / PgDn", "move a page"),
            ("Ctrl-Home / Ctrl-End", "start / end of the document"),
            ("Ctrl- or Alt-Left/Right", "previous / next word"),
            ("Shift + a move", "select"),
            ("Ctrl-A", "select all"),
            ("Ctrl-X / Ctrl-C / Ctrl-V", "cut / copy / paste"),
            ("Ctrl-Z / Ctrl-Y", "undo / redo"),
            ("Tab", "insert a tab (shown to the next multiple of 4)"),
            ("Backspace / Delete", "delete before / after the cursor"),
        ]),
    ]

    /// The help text as lines.
    public static var lines: [String] {
        var result: [String] = []
        for section in sections {
            if !result.isEmpty { result.append("") }
            result.append(section.title)
            for (keys, meaning) in section.keys {
                result.append("  " + keys.padding(toLength: 26, withPad: " ", startingAt: 0) + meaning)
            }
        }
        return result
    }
}
