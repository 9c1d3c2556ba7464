package io.github.pixivajax.core.internal;

import java.util.regex.Pattern;

/** Recognises pixiv's demand for a reCAPTCHA Enterprise token, which no HTTP client can meet. */
final class Recaptcha {
  private static final Pattern WORDS = Pattern.compile("(?i)recaptcha|captcha");

  private Recaptcha() {}

  /**
   * Only writes are asked. pixiv names reCAPTCHA in the message or body; on {@code bookmark_add.php} a bare 400 means the
   * same (its only known 400, since the token is the one field a client cannot send).
   */
  static boolean demanded(int status, String method, String path, String message, String snippet) {
    if (!method.equals("POST")) {
      return false;
    }
    if (WORDS.matcher(message).find() || WORDS.matcher(snippet).find()) {
      return true;
    }
    return status == 400 && path.endsWith("/bookmark_add.php");
  }
}
