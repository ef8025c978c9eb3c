#ifndef CNCURSESW_H
#define CNCURSESW_H

// The C side of fabriek's terminal backend: the ncurses macros, variadic functions and
// global variables that Swift cannot see (or, in Swift 6, may not touch), as plain functions.
// SwiftPM drops the -D flags pkg-config gives, so the wide-character API is switched on here.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <stddef.h>
#include <stdint.h>

// A screen opened with newterm, with the files it owns (headless screens only).
typedef struct cnc_session cnc_session;

// Result of cnc_preflight_term.
enum {
  CNC_TERM_OK = 0,
  CNC_TERM_UNKNOWN = 1,
  CNC_TERM_NO_DATABASE = 2,
  CNC_TERM_HARDCOPY = 3,
  CNC_TERM_NO_CURSOR_ADDRESSING = 4,
};

// Signals caught by cnc_install_signal_handlers, as bits returned by cnc_take_signals.
enum {
  CNC_SIGNAL_INTERRUPT = 1,
  CNC_SIGNAL_TERMINATE = 2,
  CNC_SIGNAL_HANGUP = 4,
  CNC_SIGNAL_RESIZE = 8,
};

// Mouse event kinds returned by cnc_read_mouse.
enum {
  CNC_MOUSE_OTHER = 0,
  CNC_MOUSE_PRESS = 1,
  CNC_MOUSE_RELEASE = 2,
  CNC_MOUSE_CLICK = 3,
  CNC_MOUSE_DOUBLE_CLICK = 4,
  CNC_MOUSE_WHEEL_UP = 5,
  CNC_MOUSE_WHEEL_DOWN = 6,
};

// Locale: setlocale(LC_ALL, ""), falling back to C.UTF-8 when the codeset is not UTF-8.
// Returns 1 when the resulting codeset is UTF-8.
int cnc_setup_utf8_locale(void);
int cnc_locale_is_utf8(void);
int cnc_wcwidth(int32_t scalar);
const char *cnc_libc_version(void);

// Terminal checks without ever exiting (setupterm with an error out-parameter).
int cnc_isatty(int fd);
int cnc_preflight_term(const char *term);

// Signals: the handlers only set a volatile sig_atomic_t flag; no SA_RESTART.
int cnc_install_signal_handlers(void);
void cnc_restore_signal_handlers(void);
int cnc_take_signals(void);

// Screens.
cnc_session *cnc_open_tty(const char *term);
cnc_session *cnc_open_headless(const char *term, int rows, int cols, const char *input, size_t input_length);
/* Bytes ncurses has written so far to a headless session's output file. */
long cnc_output_bytes(cnc_session *session);
void cnc_close(cnc_session *session);
int cnc_configure_input(int escape_delay_ms);
int cnc_set_bracketed_paste(cnc_session *session, int on);
int cnc_suspend(void);
int cnc_resume(void);
int cnc_rows(void);
int cnc_cols(void);
int cnc_resize_from_tty(void);
int cnc_resize(int rows, int cols);

// Colours and attributes.
int cnc_has_colors(void);
int cnc_start_colors(void);
int cnc_colors(void);
int cnc_color_pairs(void);
int cnc_init_pair(int pair, int fg, int bg);
attr_t cnc_attributes(int bold, int underline, int reverse, int dim);
int cnc_attribute_flags(attr_t attributes);

// Drawing: one cell holds one spacing character and up to four zero-width marks.
int cnc_put_cell(int y, int x, const int32_t *scalars, int count, attr_t attributes, int pair);
int cnc_erase(void);
int cnc_clear_on_next_refresh(void);
int cnc_refresh(void);
int cnc_cursor_x(void);
int cnc_cursor_y(void);
int cnc_move(int y, int x);
int cnc_cursor_visible(int visible);

// Reading back (headless tests and diagnostics).
int cnc_read_cell(int y, int x, int32_t *scalars, int capacity, attr_t *attributes, int *pair);
int cnc_read_line(int y, int32_t *scalars, int capacity);

// Input.
int cnc_read_key(int timeout_ms, int32_t *value);
int cnc_read_mouse_events(int *xs, int *ys, int *kinds, int capacity);
int cnc_keypad(int on);
int cnc_define_key(const char *sequence, int code);
int cnc_key_defined(const char *sequence);

#endif
