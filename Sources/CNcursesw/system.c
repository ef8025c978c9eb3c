// Locale, terminal preflight and signal flags: the process-level side of the shim.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "cncursesw.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <term.h>
#include <unistd.h>
#include <wchar.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

// MARK: locale

int cnc_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// LC_NUMERIC stays "C" so that no C-level number formatting or parsing ever sees a decimal comma.
int cnc_setup_utf8_locale(void) {
  setlocale(LC_ALL, "");
  if (!cnc_locale_is_utf8() && setlocale(LC_ALL, "C.UTF-8") == NULL) setlocale(LC_ALL, "C.utf8");
  setlocale(LC_NUMERIC, "C");
  return cnc_locale_is_utf8();
}

int cnc_wcwidth(int32_t scalar) { return wcwidth((wchar_t)scalar); }

const char *cnc_libc_version(void) {
#ifdef __GLIBC__
  return gnu_get_libc_version();
#else
  return "the C library";
#endif
}

// MARK: preflight

int cnc_isatty(int fd) { return isatty(fd); }

int cnc_preflight_term(const char *term) {
  int status = 0;
  if (setupterm((char *)term, STDOUT_FILENO, &status) != OK) {
    if (status == 1) return CNC_TERM_HARDCOPY;
    if (status == -1) return CNC_TERM_NO_DATABASE;
    return CNC_TERM_UNKNOWN;
  }
  const char *cup = tigetstr("cup");
  int result = (cup == NULL || cup == (char *)-1) ? CNC_TERM_NO_CURSOR_ADDRESSING : CNC_TERM_OK;
  TERMINAL *probe = set_curterm(NULL);
  if (probe != NULL) del_curterm(probe);
  return result;
}

// MARK: signals

static volatile sig_atomic_t pending_interrupt = 0;
static volatile sig_atomic_t pending_terminate = 0;
static volatile sig_atomic_t pending_hangup = 0;
static volatile sig_atomic_t pending_resize = 0;
static struct sigaction previous[4];
static const int caught[4] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH};
static int installed = 0;

static void on_signal(int signal_number) {
  switch (signal_number) {
  case SIGINT: pending_interrupt = 1; break;
  case SIGTERM: pending_terminate = 1; break;
  case SIGHUP: pending_hangup = 1; break;
  case SIGWINCH: pending_resize = 1; break;
  default: break;
  }
}

int cnc_install_signal_handlers(void) {
  if (installed) return 0;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocking read returns, and the loop sees the flag
  for (int i = 0; i < 4; i++) {
    if (sigaction(caught[i], &action, &previous[i]) != 0) return -1;
  }
  installed = 1;
  return 0;
}

void cnc_restore_signal_handlers(void) {
  if (!installed) return;
  for (int i = 0; i < 4; i++) sigaction(caught[i], &previous[i], NULL);
  installed = 0;
}

int cnc_take_signals(void) {
  int bits = 0;
  if (pending_interrupt) { pending_interrupt = 0; bits |= CNC_SIGNAL_INTERRUPT; }
  if (pending_terminate) { pending_terminate = 0; bits |= CNC_SIGNAL_TERMINATE; }
  if (pending_hangup) { pending_hangup = 0; bits |= CNC_SIGNAL_HANGUP; }
  if (pending_resize) { pending_resize = 0; bits |= CNC_SIGNAL_RESIZE; }
  return bits;
}
