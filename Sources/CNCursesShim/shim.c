#include "CNCursesShim.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static SCREEN *vtl_screen = NULL;
static volatile sig_atomic_t vtl_running = 0;
static volatile sig_atomic_t vtl_signal = 0;

static void vtl_at_exit(void) { vtl_stop(); }

int vtl_start(void) {
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return -1;
    setlocale(LC_ALL, "");
    vtl_screen = newterm(NULL, stdout, stdin);
    if (vtl_screen == NULL) return -1;
    set_term(vtl_screen);
    vtl_running = 1;
    atexit(vtl_at_exit);
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    // Bracketed paste: pasted text arrives between ESC[200~ and ESC[201~.
    fputs("\033[?2004h", stdout);
    fflush(stdout);
    int colors = 0;
    if (has_colors()) {
        start_color();
        use_default_colors();
        colors = COLORS;
    }
    return colors;
}

void vtl_stop(void) {
    if (!vtl_running) return;
    vtl_running = 0;
    curs_set(1);
    endwin();
    fputs("\033[?2004l", stdout);
    fflush(stdout);
}

int vtl_active(void) { return vtl_running; }

int vtl_read(int timeout_ms, unsigned int *value) {
    wint_t character = 0;
    timeout(timeout_ms);
    int result = get_wch(&character);
    *value = (unsigned int)character;
    if (result == KEY_CODE_YES) return 2;
    if (result == OK) return 1;
    return 0;
}

int vtl_lines(void) { return LINES; }
int vtl_columns(void) { return COLS; }
int vtl_key_f(int n) { return KEY_F(n); }

int vtl_bind_key(const char *sequence, int code) {
    int existing = key_defined(sequence);
    if (existing > 0) return existing;
    define_key(sequence, code);
    return code;
}

void vtl_color_pair(short pair, short foreground, short background) {
    init_pair(pair, foreground, background);
}

int vtl_color_pairs(void) { return COLOR_PAIRS; }

void vtl_put(int row, int column, const wchar_t *cluster, int attributes, short pair) {
    attr_t attrs = A_NORMAL;
    if (attributes & VTL_BOLD) attrs |= A_BOLD;
    if (attributes & VTL_UNDERLINE) attrs |= A_UNDERLINE;
    if (attributes & VTL_REVERSE) attrs |= A_REVERSE;
    if (attributes & VTL_DIM) attrs |= A_DIM;
    cchar_t cell;
    setcchar(&cell, cluster, attrs, pair, NULL);
    mvadd_wch(row, column, &cell);
}

void vtl_place_cursor(int row, int column, int visible) {
    curs_set(visible ? 1 : 0);
    if (visible) move(row, column);
}

void vtl_refresh(void) { refresh(); }

void vtl_invalidate(void) { clearok(curscr, TRUE); }

void vtl_enable_mouse(void) {
    mmask_t mask = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    mask |= BUTTON5_PRESSED;
#endif
    mousemask(mask, NULL);
    mouseinterval(0);
}

int vtl_mouse(int *row, int *column) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *row = event.y;
    *column = event.x;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    if (event.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}

static void vtl_on_request(int sig) {
    if (vtl_signal != 0) {
        vtl_stop();
        _exit(128 + sig);
    }
    vtl_signal = sig;
}

static void vtl_on_fatal(int sig) {
    vtl_stop();
    signal(sig, SIG_DFL);
    raise(sig);
}

void vtl_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = vtl_on_request;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    action.sa_handler = vtl_on_fatal;
    action.sa_flags = SA_RESETHAND;
    int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &action, NULL);
}

int vtl_take_signal(void) {
    int sig = vtl_signal;
    vtl_signal = 0;
    return sig;
}
