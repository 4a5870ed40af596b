#ifndef CEDITLINESHIM_H
#define CEDITLINESHIM_H
// libedit (BSD editline) for Swift: the REPL's line-reader adapter.
// Swift cannot call C variadic functions, so every el_set/el_get/history call
// the adapter needs is wrapped in a small fixed-signature function here.
#include <stdio.h>
#include <histedit.h>

/// An editor with its history, prompt and completion callback.
typedef struct vtl_editline vtl_editline;

/// Called on Tab with the line up to the cursor (UTF-8). Returns a libedit
/// `CC_*` code; it may call `vtl_el_insert` to insert text at the cursor.
typedef unsigned char (*vtl_el_completer)(void *context, vtl_editline *editor, const char *line_before_cursor);

/// Opens an emacs-style editor on standard input and output, with a history of
/// `history_size` unique entries, Tab bound to the completer, and the user's
/// `~/.editrc` sourced. NULL if libedit cannot start.
vtl_editline *vtl_el_open(const char *program, int history_size);
void vtl_el_close(vtl_editline *editor);
/// Copies `prompt` and shows it before the next lines.
void vtl_el_set_prompt(vtl_editline *editor, const char *prompt);
/// Installs the Tab completer; `context` is passed back unchanged.
void vtl_el_set_completer(vtl_editline *editor, void *context, vtl_el_completer completer);
/// Reads a line (with its newline). NULL at end of input or on error.
const char *vtl_el_gets(vtl_editline *editor);
/// Inserts text at the cursor (during completion). 0 on success.
int vtl_el_insert(vtl_editline *editor, const char *text);
/// Adds a line to the history.
void vtl_el_history_enter(vtl_editline *editor, const char *line);
/// Loads/saves the history file. Non-negative on success.
int vtl_el_history_load(vtl_editline *editor, const char *path);
int vtl_el_history_save(vtl_editline *editor, const char *path);
/// The editor's output stream (to list completion candidates).
FILE *vtl_el_output(vtl_editline *editor);
/// 1 if Ctrl-C ended the last line read (the line is to be discarded); clears it.
int vtl_el_take_interrupt(vtl_editline *editor);

/// Makes SIGINT (Ctrl-C while a render runs) set a flag instead of ending the process.
void vtl_sigint_install(void);
/// Whether SIGINT arrived since the last `vtl_sigint_clear`.
int vtl_sigint_pending(void);
void vtl_sigint_clear(void);
#endif
