package io.github.pixivajax.core.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * pixiv's local date-times read by hand, for the fast date deserializers: a feed page carries hundreds
 * and a comment page dozens, and java.time's formatters cost microseconds each.
 */
final class DateTimeText {
  private DateTimeText() {}

  /**
   * {@code yyyy-MM-dd}, {@code T} or a space, {@code HH:mm}, then {@code :ss} (optional unless
   * {@code secondsRequired}) and a fraction of 1–9 digits, exactly filling {@code s[0, end)}; null for
   * any other shape or an impossible date, which callers leave to java.time.
   */
  static @Nullable LocalDateTime local(String s, int end, boolean secondsRequired) {
    if (end < 16 || end > s.length() || s.charAt(4) != '-' || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || s.charAt(13) != ':') {
      return null;
    }
    int second = 0;
    int nanos = 0;
    if (end == 16) {
      if (secondsRequired) {
        return null;
      }
    } else {
      if (end < 19 || s.charAt(16) != ':') {
        return null;
      }
      second = digits(s, 17, 2);
      if (end > 19) {
        int len = end - 20;
        if (s.charAt(19) != '.' || len < 1 || len > 9) {
          return null;
        }
        nanos = digits(s, 20, len);
        for (int k = len; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    if ((year | month | day | hour | minute | second | nanos) < 0) { // digits() says -1 for a non-digit
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The end of {@code yyyy-MM-ddTHH:mm:ss} plus any {@code .digits} after it: where an offset starts. */
  static int endOfSecondsAndFraction(String s) {
    int i = 19;
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** The {@code len} ASCII digits at {@code from} as a number, or -1. */
  static int digits(String s, int from, int len) {
    if (from + len > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
