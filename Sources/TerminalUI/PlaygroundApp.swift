import CNCursesShim
import Foundation
import TUI

/// The playground's full-screen terminal UI: runs the TUI's state machine on
/// an ncurses terminal until the user quits or a signal arrives, and always
/// restores the terminal.
public enum PlaygroundApp {
    /// Where things live.
    public struct Options: Sendable {
        /// The folder listed by the sample picker (Ctrl-P).
        public var samplesDirectory: String?
        /// The recovery folder; nil for `$XDG_STATE_HOME/vtlplay/recovery` or `~/.local/state/vtlplay/recovery`.
        public var recoveryDirectory: String?

        public init(samplesDirectory: String? = nil, recoveryDirectory: String? = nil) {
            self.samplesDirectory = samplesDirectory
            self.recoveryDirectory = recoveryDirectory
        }
    }

    /// How the session ended.
    public enum Exit: Sendable, Equatable {
        case quit
        /// SIGINT, SIGTERM or SIGHUP: unsaved work is kept in the recovery file.
        case signal(Int32)

        /// The conventional process status (0, or 128 + the signal).
        public var status: Int32 {
            switch self {
            case .quit: 0
            case .signal(let number): 128 + number
            }
        }
    }

    /// Starting the terminal failed.
    public struct TerminalError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs the playground on the current terminal with the given documents.
    @discardableResult
    public static func run(template: OpenDocument, request: OpenDocument, engine: some LiveRenderer,
                           options: Options = Options()) throws -> Exit {
        let environment = ProcessInfo.processInfo.environment
        vtl_install_signal_handlers()
        let colors = vtl_start()
        guard colors >= 0 else {
            throw TerminalError(description: "the playground needs an interactive terminal (stdin and stdout a TTY)")
        }
        defer { vtl_stop() }
        vtl_enable_mouse()
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let session = Session(
            template: template, request: request, engine: engine, options: options,
            colorMode: ColorMode.detect(colors: Int(colors), noColor: noColor),
            recovery: RecoveryStore(directory: options.recoveryDirectory
                                    ?? RecoveryStore.defaultDirectory(environment: environment)))
        return session.run()
    }
}
