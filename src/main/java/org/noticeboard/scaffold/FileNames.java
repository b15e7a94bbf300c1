package org.noticeboard.scaffold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.noticeboard.model.ContentType;

/**
 * A readable file name (slug) for a new item: the first words of its title, Chinese characters
 * spelt in pinyin without tones ({@code 关于停水的通知} → {@code guan-yu-ting-shui-de-tong}),
 * Latin letters and digits kept. A character with several readings takes its first one; the
 * name only has to be recognisable, and the editor may choose another with {@code --slug}.
 */
final class FileNames {

    static final int MAX_WORDS = 8;
    static final int MAX_LENGTH = 60;
    private static final HanyuPinyinOutputFormat FORMAT = format();

    private FileNames() {}

    static String slug(String title, ContentType type, LocalDate today) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : title.toCharArray()) {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            flush(word, words);
            pinyin(c).ifPresent(words::add);
        }
        flush(word, words);
        StringBuilder slug = new StringBuilder();
        for (String w : words.subList(0, Math.min(MAX_WORDS, words.size()))) {
            if (slug.length() + w.length() + 1 > MAX_LENGTH) {
                break;
            }
            slug.append(slug.length() == 0 ? "" : "-").append(w);
        }
        return slug.length() == 0 ? type.id() + "-" + today : slug.toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static java.util.Optional<String> pinyin(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings == null || readings.length == 0) {
                return java.util.Optional.empty();
            }
            String r = readings[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return r.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(r);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
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
