// Opening and closing ncurses screens, sizes and colours.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "cncursesw.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

struct cnc_session {
  SCREEN *screen;
  FILE *output;
  FILE *input;
  int owns_files;
};

cnc_session *cnc_open_tty(const char *term) {
  cnc_session *session = calloc(1, sizeof *session);
  if (session == NULL) return NULL;
  session->screen = newterm(term, stdout, stdin);
  if (session->screen == NULL) {
    free(session);
    return NULL;
  }
  set_term(session->screen);
  return session;
}

cnc_session *cnc_open_headless(const char *term, int rows, int cols, const char *input, size_t input_length) {
  cnc_session *session = calloc(1, sizeof *session);
  if (session == NULL) return NULL;
  session->output = tmpfile();
  session->input = tmpfile();
  session->owns_files = 1;
  if (session->output == NULL || session->input == NULL) {
    cnc_close(session);
    return NULL;
  }
  if (input != NULL && input_length > 0) {
    fwrite(input, 1, input_length, session->input);
    fflush(session->input);
    rewind(session->input);
  }
  session->screen = newterm(term, session->output, session->input);
  if (session->screen == NULL) {
    cnc_close(session);
    return NULL;
  }
  set_term(session->screen);
  resize_term(rows, cols);
  return session;
}

long cnc_output_bytes(cnc_session *session) {
  if (session == NULL || session->output == NULL) return -1;
  fflush(session->output);
  return ftell(session->output);
}

void cnc_close(cnc_session *session) {
  if (session == NULL) return;
  if (session->screen != NULL) {
    set_term(session->screen);
    endwin();
    delscreen(session->screen);
  }
  if (session->owns_files) {
    if (session->output != NULL) fclose(session->output);
    if (session->input != NULL) fclose(session->input);
  }
  free(session);
}

int cnc_configure_input(int escape_delay_ms) {
  // raw(): Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-Q and Ctrl-V arrive as keys (ISIG, IXON, IEXTEN off).
  raw();
  noecho();
  keypad(stdscr, TRUE);
  set_escdelay(escape_delay_ms);
  // Raw presses and releases: ncurses' own click resolution (mouseinterval) is off, because
  // it adds a delay and does not always merge; FabriekTerminal spots double clicks itself.
  mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
  return OK;
}

// Bracketed paste (xterm's private mode 2004): the terminal wraps pasted text in ESC [ 200 ~
// and ESC [ 201 ~. Written straight to the screen's output, as the mode is the terminal's, not
// part of what ncurses draws; terminals without it ignore the sequence.
int cnc_set_bracketed_paste(cnc_session *session, int on) {
  if (session == NULL) return ERR;
  FILE *out = session->output != NULL ? session->output : stdout;
  fflush(out);
  const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
  size_t length = strlen(sequence);
  size_t written = 0;
  while (written < length) {
    ssize_t n = write(fileno(out), sequence + written, length - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return ERR;
    written += (size_t)n;
  }
  return OK;
}

int cnc_suspend(void) {
  def_prog_mode();
  return endwin();
}

int cnc_resume(void) {
  reset_prog_mode();
  clearok(curscr, TRUE);
  return refresh();
}

int cnc_rows(void) { return getmaxy(stdscr); }
int cnc_cols(void) { return getmaxx(stdscr); }

int cnc_resize_from_tty(void) {
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return ERR;
  return resize_term(size.ws_row, size.ws_col);
}

int cnc_resize(int rows, int cols) { return resize_term(rows, cols); }

int cnc_has_colors(void) { return has_colors() ? 1 : 0; }

// Returns -1 when colours cannot start, 1 when the terminal's default colours can be used
// as colour -1, 0 when they cannot.
int cnc_start_colors(void) {
  if (start_color() != OK) return -1;
  return use_default_colors() == OK ? 1 : 0;
}

int cnc_colors(void) { return COLORS; }
int cnc_color_pairs(void) { return COLOR_PAIRS; }
int cnc_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }

attr_t cnc_attributes(int bold, int underline, int reverse, int dim) {
  attr_t attributes = A_NORMAL;
  if (bold) attributes |= A_BOLD;
  if (underline) attributes |= A_UNDERLINE;
  if (reverse) attributes |= A_REVERSE;
  if (dim) attributes |= A_DIM;
  return attributes;
}

int cnc_attribute_flags(attr_t attributes) {
  return ((attributes & A_BOLD) ? 1 : 0) | ((attributes & A_UNDERLINE) ? 2 : 0) | ((attributes & A_REVERSE) ? 4 : 0)
    | ((attributes & A_DIM) ? 8 : 0);
}
