#include "CEditLineShim.h"

int vtl_editline_shim_version(void) { return 1; }
