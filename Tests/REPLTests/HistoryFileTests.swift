import Testing
@testable import REPL

struct HistoryFileTests {
    @Test func prefersXDGStateHome() {
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/vtlplay/history")
    }

    @Test func fallsBackToHome() {
        #expect(HistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/vtlplay/history")
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/vtlplay/history")
        #expect(HistoryFile.path(environment: [:]) == nil)
    }
}
