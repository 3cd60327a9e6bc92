// SwiftPM drops -D_XOPEN_SOURCE from pkg-config, so the wide-character API must be asked for here.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

// Attribute macros are casts and do not import into Swift.
static inline int dl_attr_bold(void) { return (int)A_BOLD; }
static inline int dl_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int dl_attr_reverse(void) { return (int)A_REVERSE; }
static inline int dl_attr_dim(void) { return (int)A_DIM; }
static inline int dl_attr_normal(void) { return (int)A_NORMAL; }
static inline WINDOW *dl_stdscr(void) { return stdscr; }
