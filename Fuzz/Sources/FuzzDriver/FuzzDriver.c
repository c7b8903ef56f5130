// The driver is header-only; this file gives SwiftPM a C source to build the module from.
#include "FuzzDriver.h"
