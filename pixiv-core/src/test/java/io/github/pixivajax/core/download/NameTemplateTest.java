package io.github.pixivajax.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.NameTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTemplateTest {
  @TempDir Path dir;

  static NameTemplate.Fields fields(String title, String userName, String userId) {
    return new NameTemplate.Fields("123", 2, "png", title, userId, userName, "2024-05-01", "manga");
  }

  @Test
  void defaultTemplateIsUserFolderThenIdPageExt() {
    Path p = NameTemplate.DEFAULT.resolve(dir, fields("t", "u", "77"));
    assertThat(dir.toAbsolutePath().relativize(p).toString().replace('\\', '/')).isEqualTo("77/123_p2.png");
  }

  @Test
  void everyPlaceholderIsFilled() {
    Path p = NameTemplate.parse("{type}/{date} {user_name} ({user_id})/{title} {id}-{page}.{ext}").resolve(dir, fields("Sky", "Ann", "77"));
    assertThat(dir.toAbsolutePath().relativize(p).toString().replace('\\', '/')).isEqualTo("manga/2024-05-01 Ann (77)/Sky 123-2.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../..", "../../etc/passwd", "/etc/passwd", "..\\..\\windows", "a/../../b", "\0../x", "C:\\Windows", "~/x", "...", ". ."})
  void titlesAndNamesCannotEscapeTheTargetFolder(String evil) {
    for (String template : new String[] {"{title}", "{user_name}/{title}.{ext}", "{title}/{user_name}/{id}"}) {
      Path p = NameTemplate.parse(template).resolve(dir, fields(evil, evil, evil));
      Path base = dir.toAbsolutePath().normalize();
      assertThat(p.startsWith(base)).as(p.toString()).isTrue();
      assertThat(p).isNotEqualTo(base);
      // Values never add folders: as many segments as the template has.
      assertThat(base.relativize(p).getNameCount()).isEqualTo(template.split("/").length);
    }
  }

  @Test
  void templateItselfCannotClimbOut() {
    Path p = NameTemplate.parse("../../{id}").resolve(dir, fields("t", "u", "1"));
    assertThat(p.startsWith(dir.toAbsolutePath().normalize())).as(p.toString()).isTrue();
    Path abs = NameTemplate.parse("/tmp/{id}").resolve(dir, fields("t", "u", "1"));
    assertThat(abs.startsWith(dir.toAbsolutePath().normalize())).as(abs.toString()).isTrue();
  }

  @Test
  void reservedCharactersAndControlsBecomeUnderscores() {
    Path p = NameTemplate.parse("{title}.{ext}").resolve(dir, fields("a<b>c:d\"e|f?g*h\u0001i\u0000j", "u", "1"));
    assertThat(p.getFileName().toString()).isEqualTo("a_b_c_d_e_f_g_h_i_j.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CON", "nul", "Com1", "LPT9", "aux"})
  void windowsDeviceNamesArePrefixed(String name) {
    assertThat(NameTemplate.parse("{title}").resolve(dir, fields(name, "u", "1")).getFileName().toString()).isEqualTo("_" + name);
    assertThat(NameTemplate.parse("{title}.{ext}").resolve(dir, fields(name, "u", "1")).getFileName().toString()).isEqualTo("_" + name + ".png");
  }

  @Test
  void trailingDotsAndSpacesAreDropped() {
    assertThat(NameTemplate.parse("{title}/{id}").resolve(dir, fields("name. . ", "u", "1")).getParent().getFileName().toString()).isEqualTo("name");
  }

  @Test
  void longSegmentsFit255Utf8BytesKeepingTheExtension() {
    String title = "絵".repeat(200); // 600 bytes
    Path p = NameTemplate.parse("{title}_p{page}.{ext}").resolve(dir, fields(title, "u", "1"));
    String name = p.getFileName().toString();
    assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255).isGreaterThan(240);
    assertThat(name).endsWith(".png").startsWith("絵絵");
  }

  @Test
  void badTemplatesAreRejectedWithTheirProblem() {
    assertThatThrownBy(() -> NameTemplate.parse("{nope}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{nope}");
    assertThatThrownBy(() -> NameTemplate.parse("{id")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> NameTemplate.parse("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
  }
}
