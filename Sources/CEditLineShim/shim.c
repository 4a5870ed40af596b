#include "CEditLineShim.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>

struct vtl_editline {
    EditLine *el;
    History *history;
    HistEvent event;
    char *prompt;
    FILE *out;
    void *completer_context;
    vtl_el_completer completer;
    int interrupted;
};

static char *vtl_prompt(EditLine *el) {
    vtl_editline *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return (editor && editor->prompt) ? editor->prompt : "";
}

static unsigned char vtl_complete(EditLine *el, int ch) {
    (void)ch;
    vtl_editline *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    if (!editor || !editor->completer) return CC_ERROR;
    const LineInfo *info = el_line(el);
    size_t length = (size_t)(info->cursor - info->buffer);
    char *prefix = malloc(length + 1);
    if (!prefix) return CC_ERROR;
    memcpy(prefix, info->buffer, length);
    prefix[length] = 0;
    unsigned char result = editor->completer(editor->completer_context, editor, prefix);
    free(prefix);
    return result;
}

/// Ctrl-C while editing: accept the line so `el_gets` returns, marked as interrupted.
static unsigned char vtl_interrupt(EditLine *el, int ch) {
    (void)ch;
    vtl_editline *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    if (editor) editor->interrupted = 1;
    return CC_NEWLINE;
}

vtl_editline *vtl_el_open(const char *program, int history_size) {
    FILE *in = stdin, *out = stdout, *err = stderr;
    vtl_editline *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->out = out;
    editor->el = el_init(program, in, out, err);
    editor->history = history_init();
    if (!editor->el || !editor->history) { vtl_el_close(editor); return NULL; }
    history(editor->history, &editor->event, H_SETSIZE, history_size);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_SIGNAL, 1);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_PROMPT, vtl_prompt);
    el_set(editor->el, EL_ADDFN, "vtl-complete", "Complete VTL references and commands", vtl_complete);
    el_set(editor->el, EL_BIND, "^I", "vtl-complete", NULL);
    el_set(editor->el, EL_SETTY, "-d", "-isig", NULL);
    el_set(editor->el, EL_ADDFN, "vtl-interrupt", "Discard the entry being typed", vtl_interrupt);
    el_set(editor->el, EL_BIND, "^C", "vtl-interrupt", NULL);
    el_source(editor->el, NULL);
    return editor;
}

void vtl_el_close(vtl_editline *editor) {
    if (!editor) return;
    if (editor->el) el_end(editor->el);
    if (editor->history) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}

void vtl_el_set_prompt(vtl_editline *editor, const char *prompt) {
    free(editor->prompt);
    editor->prompt = strdup(prompt);
}

void vtl_el_set_completer(vtl_editline *editor, void *context, vtl_el_completer completer) {
    editor->completer_context = context;
    editor->completer = completer;
}

const char *vtl_el_gets(vtl_editline *editor) {
    int count = 0;
    const char *line = el_gets(editor->el, &count);
    return count > 0 ? line : NULL;
}

int vtl_el_insert(vtl_editline *editor, const char *text) {
    return el_insertstr(editor->el, text);
}

void vtl_el_history_enter(vtl_editline *editor, const char *line) {
    history(editor->history, &editor->event, H_ENTER, line);
}

int vtl_el_history_load(vtl_editline *editor, const char *path) {
    return history(editor->history, &editor->event, H_LOAD, path);
}

int vtl_el_history_save(vtl_editline *editor, const char *path) {
    return history(editor->history, &editor->event, H_SAVE, path);
}

FILE *vtl_el_output(vtl_editline *editor) { return editor->out; }

int vtl_el_take_interrupt(vtl_editline *editor) {
    int interrupted = editor->interrupted;
    editor->interrupted = 0;
    return interrupted;
}

static volatile sig_atomic_t vtl_sigint_flag = 0;

static void vtl_on_sigint(int signo) {
    (void)signo;
    vtl_sigint_flag = 1;
}

void vtl_sigint_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = vtl_on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}

int vtl_sigint_pending(void) { return vtl_sigint_flag; }

void vtl_sigint_clear(void) { vtl_sigint_flag = 0; }
