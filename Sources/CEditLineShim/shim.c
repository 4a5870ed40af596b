#include "CEditLineShim.h"
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
