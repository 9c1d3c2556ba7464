package io.github.pixivajax.examples.fake;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The fixed vocabulary the synthetic data is drawn from: tags with translations, titles, names, texts. */
final class Vocab {
  /** A tag with pixiv's translations; {@code en} or {@code romaji} are null when pixiv has none. */
  record TagDef(String name, @Nullable String en, @Nullable String romaji) {
    boolean matchesExactly(String word) {
      return name.equalsIgnoreCase(word) || word.equalsIgnoreCase(en) || word.equalsIgnoreCase(romaji);
    }

    boolean matchesPartly(String lowerWord) {
      return contains(name, lowerWord) || contains(en, lowerWord) || contains(romaji, lowerWord);
    }

    private static boolean contains(@Nullable String s, String lowerWord) {
      return s != null && s.toLowerCase(Locale.ROOT).contains(lowerWord);
    }
  }

  /** At most 64 tags: an artwork's tags fit in one {@code long} bit set. */
  static final List<TagDef> TAGS = List.of(
      new TagDef("R-18", null, null),
      new TagDef("原神", "Genshin Impact", "gennshinn"),
      new TagDef("オリジナル", "original", "orijinaru"),
      new TagDef("女の子", "girl", "onnnanoko"),
      new TagDef("甘雨(原神)", "Ganyu (Genshin Impact)", "kannu"),
      new TagDef("雷電将軍", "Raiden Shogun", "raidennshougunn"),
      new TagDef("八重神子", "Yae Miko", "yaemiko"),
      new TagDef("胡桃(原神)", "Hu Tao (Genshin Impact)", "futao"),
      new TagDef("珊瑚宮心海", "Sangonomiya Kokomi", "sanngonomiyakokomi"),
      new TagDef("GenshinImpact", null, null),
      new TagDef("風景", "scenery", "fuukei"),
      new TagDef("猫", "cat", "neko"),
      new TagDef("創作", "original creation", "sousaku"),
      new TagDef("ウマ娘プリティーダービー", "Uma Musume Pretty Derby", "umamusumepurithi-da-bi-"),
      new TagDef("ホロライブ", "hololive", "hororaibu"),
      new TagDef("ブルーアーカイブ", "Blue Archive", "buru-a-kaibu"),
      new TagDef("初音ミク", "Hatsune Miku", "hatsunemiku"),
      new TagDef("ポケモン", "Pokémon", "pokemonn"),
      new TagDef("東方Project", "Touhou Project", "touhouproject"),
      new TagDef("アークナイツ", "Arknights", "a-kunaitsu"),
      new TagDef("明日方舟", "Arknights", "minnri-fannjou"),
      new TagDef("落書き", "doodle", "rakugaki"),
      new TagDef("漫画", "manga", "manga"),
      new TagDef("4コマ", "4-panel comic", "yonnkoma"),
      new TagDef("水着", "swimsuit", "mizugi"),
      new TagDef("夏", "summer", "natsu"),
      new TagDef("海", "sea", "umi"),
      new TagDef("空", "sky", "sora"),
      new TagDef("花", "flower", "hana"),
      new TagDef("制服", "school uniform", "seifuku"),
      new TagDef("眼鏡", "glasses", "megane"),
      new TagDef("百合", "yuri", "yuri"),
      new TagDef("少女", "young girl", "shoujo"),
      new TagDef("男の子", "boy", "otokonoko"),
      new TagDef("着物", "kimono", "kimono"),
      new TagDef("浴衣", "yukata", "yukata"),
      new TagDef("桜", "cherry blossoms", "sakura"),
      new TagDef("雪", "snow", "yuki"),
      new TagDef("夜景", "night view", "yakei"),
      new TagDef("ファンタジー", "fantasy", "fanntaji-"),
      new TagDef("ロボット", "robot", "robotto"),
      new TagDef("魔法少女", "magical girl", "mahoushoujo"),
      new TagDef("ドラゴン", "dragon", "doragonn"),
      new TagDef("背景", "background", "haikei"),
      new TagDef("講座", "tutorial", "kouza"),
      new TagDef("ドット絵", "pixel art", "dottoe"),
      new TagDef("獣耳", "animal ears", "kemonomimi"),
      new TagDef("ケモノ", "kemono", "kemono"),
      new TagDef("鬼滅の刃", "Demon Slayer", "kimetsunoyaiba"),
      new TagDef("呪術廻戦", "Jujutsu Kaisen", "jujutsukaisenn"),
      new TagDef("ONEPIECE", "One Piece", "wannpi-su"),
      new TagDef("刀剣乱舞", "Touken Ranbu", "toukennrannbu"),
      new TagDef("VOCALOID", null, "bo-karoido"),
      new TagDef("うごイラ", "ugoira", "ugoira"),
      new TagDef("fanart", null, null),
      new TagDef("illustration", null, null),
      new TagDef("landscape", null, null),
      new TagDef("cyberpunk", null, null),
      new TagDef("sketch", null, null),
      new TagDef("オリジナル1000users入り", "original 1000+ bookmarks", "orijinarusennyu-za-zuiri"),
      new TagDef("原神1000users入り", "Genshin Impact 1000+ bookmarks", "gennshinnsennyu-za-zuiri"),
      new TagDef("イラスト", "illustration", "irasuto"),
      new TagDef("ぬいぐるみ", "stuffed toy", "nuigurumi"));

  static final int R18 = 0;
  static final int GENSHIN = 1;
  static final int ORIGINAL = 2;
  static final int GIRL = 3;
  /** Genshin characters: indexes {@code [4, 9)}. */
  static final int GENSHIN_CHARACTERS = 4;
  static final int GENSHIN_EN = 9;
  /** Ordinary tags an artwork draws from: indexes {@code [10, 53)}. */
  static final int GENERAL_FROM = 10;
  static final int GENERAL_TO = 53;
  static final int MANGA = 22;
  static final int UGOIRA = 53;
  /** English-only tags: {@code [54, 59)}. */
  static final int ENGLISH_FROM = 54;
  static final int ENGLISH_TO = 59;
  static final int ORIGINAL_1000 = 59;
  static final int GENSHIN_1000 = 60;

  static final List<String> TITLES = List.of(
      "夏の日", "放課後", "星空", "休日", "雨上がり", "おやすみ", "ひとやすみ", "落書きまとめ", "練習", "無題",
      "晴れ", "ねこ", "お祭り", "帰り道", "夜明け", "花束", "約束", "秘密", "はじめまして", "ただいま",
      "Summer", "Sunset", "Rainy Day", "Daydream", "Starlight", "Sketch dump", "Commission", "Practice",
      "Untitled", "Blue", "Midnight", "Holiday", "Reverie", "Wanderer", "Bloom", "Afterglow");

  static final List<String> DESCRIPTIONS = List.of(
      "", "いつもありがとうございます！", "Commission for a friend.", "久しぶりの投稿です。", "練習です。",
      "Thank you for the bookmarks!", "お題箱より。", "C104新刊のサンプルです。", "Happy birthday!",
      "背景を頑張りました。<br />よろしくお願いします。");

  static final List<String> NAMES = List.of(
      "さくら", "はく", "みずき", "かえで", "ゆずき", "りん", "そら", "あおい", "ひなた", "つむぎ",
      "Haku", "Rio", "mika", "Aoi", "Kei", "nagi", "Sora", "tsubasa", "もち", "こまめ",
      "しろくま", "くろねこ", "ぽんず", "Yuzu", "Momo", "Lemon", "Nori", "Ash", "Ren", "Tama");

  static final List<String> ACCOUNTS = List.of(
      "sakura", "haku", "mizuki", "kaede", "yuzuki", "rin", "sora", "aoi", "hinata", "tsumugi",
      "haku", "rio", "mika", "aoi", "kei", "nagi", "sora", "tsubasa", "mochi", "komame",
      "shirokuma", "kuroneko", "ponzu", "yuzu", "momo", "lemon", "nori", "ash", "ren", "tama");

  static final List<String> NAME_SUFFIXES = List.of("", "", "", "", "@お仕事募集中", "＠FANBOX", "🌸", "_art");

  static final List<String> PROFILES = List.of(
      "", "イラストを描いています。", "Freelance illustrator. Commissions open.",
      "フォロー・ブックマークありがとうございます！", "絵を描くのが好きです。\r\n無断転載禁止", "Twitter: @example",
      "漫画とイラスト。", "Mostly fanart. 日本語OK / English OK");

  static final List<String> COMMENTS = List.of(
      "素敵です！", "最高！", "色使いが綺麗です", "Beautiful!", "Love this", "かわいい", "神絵",
      "Amazing work!", "背景がすごい", "続きが楽しみです", "(heart)(heart)", "(happy)", "光の表現が好きです");

  static final List<String> PROPOSALS_JA = List.of(
      "オリジナルの女の子を描いていただけませんか？", "夏らしい雰囲気のイラストをお願いします。",
      "推しキャラの誕生日イラストをお願いしたいです。", "背景込みの全身イラストをお願いします。");

  static final List<String> PROPOSALS_EN = List.of(
      "Could you draw my original character?", "I would like a summery illustration, please.",
      "Please draw my favourite character for their birthday.", "A full-body illustration with a background, please.");

  private Vocab() {}

  static TagDef tag(int index) {
    return TAGS.get(index);
  }

  static int indexOf(String tag) {
    for (int i = 0; i < TAGS.size(); i++) {
      if (TAGS.get(i).name().equals(tag)) {
        return i;
      }
    }
    return -1;
  }
}
