#ifndef CNCURSESSHIM_H
#define CNCURSESSHIM_H
// Wide-character ncurses for Swift. Macros ncurses defines (COLOR_PAIR, KEY_*,
// getmaxyx...) are re-exported as functions by the adapter target when needed.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

/// Placeholder until the TUI adapter issue adds the real shims.
int vtl_ncurses_shim_version(void);
#endif
