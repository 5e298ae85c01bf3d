// The one door to cmark-gfm: the core parser plus the GFM extensions we attach
// (table, tasklist, strikethrough, autolink). Debian: libcmark-gfm-dev,
// libcmark-gfm-extensions-dev.
#ifndef NOTEDRILL_CMARK_SHIM_H
#define NOTEDRILL_CMARK_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
