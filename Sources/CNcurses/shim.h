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

// ---- Browser backend helpers (wide-character API; macros and cchar_t handled here) ----
#include <wchar.h>

static inline int dl_attr_standout(void) { return (int)A_STANDOUT; }

/// Puts one grapheme (a NUL-terminated wide string: base + combining marks) at (y, x).
static inline int dl_put_cell(int y, int x, const wchar_t *wstr, int attrs, int pair) {
    cchar_t c;
    if (setcchar(&c, wstr, (attr_t)attrs, (short)pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &c);
}

/// Reads one key: returns OK (a character in *out), KEY_CODE_YES (a key code in *out) or ERR.
static inline int dl_get_wch(int *out) {
    wint_t w = 0;
    int r = wget_wch(stdscr, &w);
    *out = (int)w;
    return r;
}

static inline void dl_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

/// 1 = left click, 2 = wheel up, 3 = wheel down, 0 = other, -1 = none.
static inline int dl_get_mouse(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return -1;
    *x = e.x;
    *y = e.y;
    if (e.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (e.bstate & BUTTON4_PRESSED) return 2;
    if (e.bstate & BUTTON5_PRESSED) return 3;
    return 0;
}

static inline int dl_lines(void) { return getmaxy(stdscr); }
static inline int dl_cols(void) { return getmaxx(stdscr); }
static inline int dl_colors(void) { return COLORS; }
static inline int dl_color_pairs(void) { return COLOR_PAIRS; }

// libc's width of a character, as ncurses will count it (hidden by Glibc's module otherwise).
extern int wcwidth(wchar_t c);
static inline int dl_wcwidth(int c) { return wcwidth((wchar_t)c); }
