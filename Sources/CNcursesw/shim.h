// ncursesw behind one header. SwiftPM drops the -D_XOPEN_SOURCE=600 that
// `pkg-config ncursesw` reports, so the wide-character API (get_wch, mvaddwstr)
// is switched on here before the include.
#ifndef NOTEDRILL_NCURSES_SHIM_H
#define NOTEDRILL_NCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// ncurses globals are mutable C state that Swift 6 strict concurrency rejects;
// reading them through functions keeps the check happy.
static inline WINDOW *nd_stdscr(void) { return stdscr; }
static inline int nd_lines(void) { return LINES; }
static inline int nd_cols(void) { return COLS; }
#endif
