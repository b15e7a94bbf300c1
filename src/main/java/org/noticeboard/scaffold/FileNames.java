package org.noticeboard.scaffold;

import java.time.LocalDate;
import java.util.List;
import org.noticeboard.model.ContentType;
import org.noticeboard.text.Pinyin;

/**
 * A readable file name (slug) for a new item: the first words of its title, Chinese characters
 * spelt in pinyin without tones ({@code 关于停水的通知} → {@code guan-yu-ting-shui-de-tong}),
 * Latin letters and digits kept. A character with several readings takes its first one; the
 * name only has to be recognisable, and the editor may choose another with {@code --slug}.
 */
final class FileNames {

    static final int MAX_WORDS = 8;
    static final int MAX_LENGTH = 60;

    private FileNames() {}

    static String slug(String title, ContentType type, LocalDate today) {
        List<String> words = Pinyin.words(title);
        StringBuilder slug = new StringBuilder();
        for (String w : words.subList(0, Math.min(MAX_WORDS, words.size()))) {
            if (slug.length() + w.length() + 1 > MAX_LENGTH) {
                break;
            }
            slug.append(slug.length() == 0 ? "" : "-").append(w);
        }
        return slug.length() == 0 ? type.id() + "-" + today : slug.toString();
    }
}
