// Keyboard and mouse input.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "cncursesw.h"


// Returns 0 when nothing arrived, 1 for a character, 2 for a KEY_* code.
int cnc_read_key(int timeout_ms, int32_t *value) {
  wint_t key = 0;
  wtimeout(stdscr, timeout_ms);
  int status = wget_wch(stdscr, &key);
  *value = (int32_t)key;
  if (status == OK) return 1;
  if (status == KEY_CODE_YES) return 2;
  return 0;
}

static int mouse_kind(mmask_t state) {
  if (state & BUTTON4_PRESSED) return CNC_MOUSE_WHEEL_UP;
  if (state & BUTTON5_PRESSED) return CNC_MOUSE_WHEEL_DOWN;
  if (state & BUTTON1_DOUBLE_CLICKED) return CNC_MOUSE_DOUBLE_CLICK;
  if (state & BUTTON1_CLICKED) return CNC_MOUSE_CLICK;
  if (state & BUTTON1_PRESSED) return CNC_MOUSE_PRESS;
  if (state & BUTTON1_RELEASED) return CNC_MOUSE_RELEASE;
  return CNC_MOUSE_OTHER;
}

// After KEY_MOUSE, ncurses may hold several events; getmouse hands them out newest first.
// Returns how many were read, oldest first.
int cnc_read_mouse_events(int *xs, int *ys, int *kinds, int capacity) {
  MEVENT event;
  int count = 0;
  while (count < capacity && getmouse(&event) == OK) {
    xs[count] = event.x;
    ys[count] = event.y;
    kinds[count] = mouse_kind(event.bstate);
    count++;
  }
  for (int i = 0, j = count - 1; i < j; i++, j--) {
    int x = xs[i], y = ys[i], kind = kinds[i];
    xs[i] = xs[j], ys[i] = ys[j], kinds[i] = kinds[j];
    xs[j] = x, ys[j] = y, kinds[j] = kind;
  }
  return count;
}

// Off while a bracketed paste is read: its bytes come as they are (an ESC is an ESC, not the
// start of a key), so nothing pasted is mistaken for a key.
int cnc_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }

int cnc_define_key(const char *sequence, int code) { return define_key(sequence, code); }
int cnc_key_defined(const char *sequence) { return key_defined(sequence); }
