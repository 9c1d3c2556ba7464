package io.github.pixivajax.examples;

/** Entry point of {@code pixiv.jar}. */
public final class PixivCli {
  private PixivCli() {}

  public static void main(String[] args) {
    System.out.println("pixiv CLI: coming soon. The --demo feed streams arrive with the CLI work.");
  }
}
