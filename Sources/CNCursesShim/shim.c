#include "CNCursesShim.h"

int vtl_ncurses_shim_version(void) { return 1; }
