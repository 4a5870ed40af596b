#ifndef CNCURSESSHIM_H
#define CNCURSESSHIM_H
// Wide-character ncurses for Swift: ncurses' function-like macros and
// attribute constants wrapped as functions, plus terminal-restoring signal
// handlers.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/// Starts curses on the terminal (raw, no echo, keypad, colours); returns the
/// number of colours (0 without colour support) or -1 when there is no terminal.
int vtl_start(void);
/// Restores the terminal; safe to call more than once.
void vtl_stop(void);
/// Whether curses is running.
int vtl_active(void);

/// Waits up to `timeout_ms` (negative: forever) for input. Returns 0 for no
/// input, 1 for a character in `*value`, 2 for a key code in `*value`.
int vtl_read(int timeout_ms, unsigned int *value);

int vtl_lines(void);
int vtl_columns(void);
/// Key code of function key `n`.
int vtl_key_f(int n);
/// Binds an escape sequence to a key code, or returns the code it already has (>0).
int vtl_bind_key(const char *sequence, int code);

/// Allocates colour pair `pair` (colours -1 for the default).
void vtl_color_pair(short pair, short foreground, short background);
int vtl_color_pairs(void);

/// Attribute bits for `vtl_put`.
enum { VTL_BOLD = 1, VTL_UNDERLINE = 2, VTL_REVERSE = 4, VTL_DIM = 8 };
/// Draws one grapheme cluster (up to 4 code points, 0-terminated) at a cell.
void vtl_put(int row, int column, const wchar_t *cluster, int attributes, short pair);
void vtl_place_cursor(int row, int column, int visible);
void vtl_refresh(void);
/// Forgets what is on the terminal so the next refresh redraws everything.
void vtl_invalidate(void);

/// Reports mouse presses and wheel turns as KEY_MOUSE.
void vtl_enable_mouse(void);
/// The pending mouse event: cell and kind (1 press, 4 wheel up, 5 wheel down); 0 when none.
int vtl_mouse(int *row, int *column);

/// Installs handlers: SIGINT/SIGTERM/SIGHUP are recorded for the main loop
/// (a second one restores the terminal and exits); fatal signals restore the
/// terminal and then take their default action.
void vtl_install_signal_handlers(void);
/// The last SIGINT/SIGTERM/SIGHUP received (0 for none), cleared by reading.
int vtl_take_signal(void);
#endif
