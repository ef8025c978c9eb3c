// Writing cells one grapheme at a time, and reading them back.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "cncursesw.h"

#include <wchar.h>

int cnc_put_cell(int y, int x, const int32_t *scalars, int count, attr_t attributes, int pair) {
  wchar_t text[CCHARW_MAX + 1];
  if (count < 1) return ERR;
  if (count > CCHARW_MAX) count = CCHARW_MAX;
  for (int i = 0; i < count; i++) text[i] = (wchar_t)scalars[i];
  text[count] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, text, attributes, (short)pair, NULL) != OK) return ERR;
  return mvwadd_wch(stdscr, y, x, &cell);
}

int cnc_erase(void) { return werase(stdscr); }
/* The next refresh clears the terminal and sends every cell (as Ctrl-L in curses programs). */
int cnc_clear_on_next_refresh(void) { return clearok(curscr, TRUE); }
int cnc_refresh(void) { return wrefresh(stdscr); }
int cnc_cursor_x(void) { return getcurx(stdscr); }
int cnc_cursor_y(void) { return getcury(stdscr); }
int cnc_move(int y, int x) { return wmove(stdscr, y, x); }
int cnc_cursor_visible(int visible) { return curs_set(visible); }

int cnc_read_cell(int y, int x, int32_t *scalars, int capacity, attr_t *attributes, int *pair) {
  cchar_t cell;
  wchar_t text[CCHARW_MAX + 1];
  short color_pair = 0;
  if (mvwin_wch(stdscr, y, x, &cell) != OK) return ERR;
  if (getcchar(&cell, text, attributes, &color_pair, NULL) != OK) return ERR;
  *pair = color_pair;
  int count = 0;
  while (count < CCHARW_MAX && count < capacity && text[count] != L'\0') {
    scalars[count] = (int32_t)text[count];
    count++;
  }
  return count;
}

int cnc_read_line(int y, int32_t *scalars, int capacity) {
  wchar_t line[1024];
  int limit = capacity < 1023 ? capacity : 1023;
  if (mvwinnwstr(stdscr, y, 0, line, limit) == ERR) return ERR;
  int count = 0;
  while (count < limit && line[count] != L'\0') {
    scalars[count] = (int32_t)line[count];
    count++;
  }
  return count;
}
