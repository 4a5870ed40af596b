#ifndef CEDITLINESHIM_H
#define CEDITLINESHIM_H
// libedit (BSD editline) for Swift: the REPL's line-reader adapter.
#include <stdio.h>
#include <histedit.h>

/// Placeholder until the REPL issue adds the real shims.
int vtl_editline_shim_version(void);
#endif
