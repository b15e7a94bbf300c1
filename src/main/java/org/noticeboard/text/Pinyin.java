package org.noticeboard.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Chinese text spelt in pinyin without tones, for names that must be plain ASCII (file names,
 * addresses). A character with several readings takes its first one: the name only has to be
 * recognisable and stable.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = format();

    private Pinyin() {}

    /**
     * The words of {@code text}: each Chinese character's pinyin, and each run of ASCII letters
     * and digits (lowercased); everything else separates words.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            flush(word, words);
            of(c).ifPresent(words::add);
        }
        flush(word, words);
        return words;
    }

    /** The first reading of a Chinese character, e.g. {@code 审} → {@code shen}. */
    public static Optional<String> of(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings == null || readings.length == 0) {
                return Optional.empty();
            }
            String r = readings[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return r.isEmpty() ? Optional.empty() : Optional.of(r);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
        f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        f.setVCharType(HanyuPinyinVCharType.WITH_V);
        return f;
    }
}
