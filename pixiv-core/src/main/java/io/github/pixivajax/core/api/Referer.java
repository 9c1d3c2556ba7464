package io.github.pixivajax.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code Referer} pixiv's own pages send for this endpoint. {@code {name}} is replaced by the
 * argument bound to the {@code @Path}, {@code @Query} or {@code @Field} parameter of that name. Without it, requests
 * to pixiv carry {@code https://www.pixiv.net/}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Referer {
  String value();

  /** pixiv's origin, which every Referer starts with. */
  String PIXIV = "https://www.pixiv.net/";
  /** The artwork page. */
  String ARTWORK = "https://www.pixiv.net/artworks/{id}";
  /** The user page. */
  String MEMBER = "https://www.pixiv.net/member.php?id={id}";
}
