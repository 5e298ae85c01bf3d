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

// --- Added for TerminalUI's NcursesBackend --------------------------------------------------
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// `stdout`/`stdin` are mutable C globals (rejected under strict concurrency); newterm is used
// instead of initscr because initscr exits the process when the terminal cannot be set up,
// while newterm returns NULL and lets the app report the problem.
static inline SCREEN *nd_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline WINDOW *nd_curscr(void) { return curscr; }
static inline int nd_color_pairs(void) { return COLOR_PAIRS; }

// glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM strips; the painter asks the C
// library how wide it thinks a scalar is, since that is what ncurses will assume.
int wcwidth(wchar_t character);
static inline int nd_wcwidth(wchar_t character) { return wcwidth(character); }

// nl_langinfo(CODESET) takes an enum constant that Swift imports awkwardly; wrapped.
static inline const char *nd_codeset(void) { return nl_langinfo(CODESET); }

// A_BOLD and friends are built by the NCURSES_BITS function-like macro, which Swift cannot
// import; the backend asks for the combined attribute word here.
static inline attr_t nd_attributes(int bold, int dim, int reverse, int underline) {
  attr_t attributes = A_NORMAL;
  if (bold) attributes |= A_BOLD;
  if (dim) attributes |= A_DIM;
  if (reverse) attributes |= A_REVERSE;
  if (underline) attributes |= A_UNDERLINE;
  return attributes;
}

// Termination signals. A signal handler may only touch `volatile sig_atomic_t` and call
// async-signal-safe functions, which Swift code cannot promise, so the handler is C.
// The first SIGINT/SIGTERM/SIGHUP is only recorded: the backend notices it between key reads,
// restores the terminal with endwin() and reports it so the app can save and exit. A second
// signal while the app is still finishing restores the terminal modes and cursor with
// write()/tcsetattr() and ends the process at once.
// The state is `static` (one copy per object file that uses it), so exactly one Swift file,
// NcursesSignals.swift, may call the nd_signal_* functions. It lives in a function-local
// static because Swift's importer does not emit file-scope static arrays or structs that only
// inline functions refer to (the link fails), while it does emit a function's own statics.
struct nd_signal_state {
  volatile sig_atomic_t pending;
  volatile sig_atomic_t modes_valid;
  volatile sig_atomic_t reset_length;
  struct termios modes;
  char reset_bytes[256];
};

static inline struct nd_signal_state *nd_signal_state(void) {
  static struct nd_signal_state state;
  return &state;
}

static void nd_signal_handler(int signal_number) {
  struct nd_signal_state *state = nd_signal_state();
  if (state->pending != 0) {
    if (state->reset_length > 0) {
      ssize_t ignored = write(STDOUT_FILENO, state->reset_bytes, (size_t)state->reset_length);
      (void)ignored;
    }
    if (state->modes_valid) {
      tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
    }
    _exit(128 + signal_number);
  }
  state->pending = signal_number;
}

// Remembers the terminal modes to restore in an emergency (call before newterm).
static inline void nd_signal_save_modes(void) {
  struct nd_signal_state *state = nd_signal_state();
  state->modes_valid = tcgetattr(STDIN_FILENO, &state->modes) == 0;
}

// Appends one terminfo string capability (such as "rmcup") to the emergency reset bytes.
static inline void nd_signal_add_reset_capability(const char *name) {
  struct nd_signal_state *state = nd_signal_state();
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) return;
  size_t length = strlen(value);
  size_t used = (size_t)state->reset_length;
  if (used + length >= sizeof state->reset_bytes) return;
  memcpy(state->reset_bytes + used, value, length);
  state->reset_length = (sig_atomic_t)(used + length);
}

// Installs the handler for SIGINT, SIGTERM and SIGHUP, without SA_RESTART so a blocked read
// returns early, and unblocks them and SIGWINCH on the calling thread: a parent may have
// started us with them blocked (Dispatch worker threads block signals and posix_spawn passes
// the mask on), which would leave Ctrl-C and resizes unseen. Returns 0 on success.
static inline int nd_signal_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = nd_signal_handler;
  sigemptyset(&action.sa_mask);
  int failed = sigaction(SIGINT, &action, NULL);
  failed |= sigaction(SIGTERM, &action, NULL);
  failed |= sigaction(SIGHUP, &action, NULL);
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGWINCH);
  failed |= sigprocmask(SIG_UNBLOCK, &wanted, NULL);
  return failed;
}

// Called once the terminal has been restored normally: a later signal then only ends the
// process, without writing the reset sequence over the normal screen.
static inline void nd_signal_mark_restored(void) {
  struct nd_signal_state *state = nd_signal_state();
  state->reset_length = 0;
  state->modes_valid = 0;
}

// The first termination signal received so far, or 0.
static inline int nd_signal_pending_number(void) { return nd_signal_state()->pending; }
#endif
