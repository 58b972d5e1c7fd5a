package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinDictionaryTest {
    private static final PinyinDictionary DICTIONARY = EditorFxTest.DICTIONARY;

    /** Characters of a 社保 / 公安 / 税务 kiosk's everyday words and Gansu's place names. */
    private static final String EVERYDAY = "兰州市城关区七里河西固安宁红古永登皋兰榆中白银天水武威张掖平凉酒泉庆阳定西陇南"
            + "临夏甘南嘉峪关金昌身份证社会保障卡医疗养老失业工伤生育住房公积金个人所得税纳税记录户籍证明无犯罪"
            + "交通违法缴款姓名性别民族出生地址电话号码申请用途就业入学参军落户办理签证其他年月日元角分街道路巷号楼单元室";

    @Test
    void coversTheCommonCharactersWithFrequentOnesFirst() {
        assertTrue(DICTIONARY.characterCount() >= 6763, "characters: " + DICTIONARY.characterCount());
        assertTrue(DICTIONARY.syllableCount() >= 400, "syllables: " + DICTIONARY.syllableCount());
        EVERYDAY.codePoints().mapToObj(Character::toString).forEach(c -> assertTrue(
                DICTIONARY.characters(readingOf(c)).contains(c), c + " is missing"));
        assertEquals("的", DICTIONARY.characters("de").get(0));
        assertEquals("中", DICTIONARY.characters("zhong").get(0));
        assertTrue(DICTIONARY.characters("qu").indexOf("区") < 5, "区 is mostly qu: " + DICTIONARY.characters("qu"));
        assertTrue(DICTIONARY.characters("lv").contains("绿"), "ü is typed as v");
        assertEquals(List.of("兰州"), DICTIONARY.phrases(List.of("lan", "zhou")));
        assertTrue(DICTIONARY.phrases(List.of("shen", "fen", "zheng")).contains("身份证"));
    }

    private static String readingOf(String c) {
        for (String s : List.of("lan", "zhou", "shi", "cheng", "guan", "qu", "qi", "li", "he", "xi", "gu", "an", "ning",
                "hong", "yong", "deng", "gao", "yu", "zhong", "bai", "yin", "tian", "shui", "wu", "wei", "zhang", "ye",
                "ping", "liang", "jiu", "quan", "qing", "yang", "ding", "long", "nan", "lin", "xia", "gan", "jia",
                "jin", "chang", "shen", "fen", "zheng", "she", "hui", "bao", "kai", "ka", "yi", "liao", "lao", "ye",
                "gong", "sheng", "zhu", "fang", "ji", "ge", "ren", "suo", "de", "na", "shui", "lu", "hu", "ming", "fan",
                "zui", "jiao", "tong", "wei", "fa", "kuan", "xing", "bie", "min", "zu", "chu", "di", "zhi", "dian",
                "hua", "hao", "ma", "qing", "tu", "jiu", "ru", "xue", "can", "jun", "luo", "ban", "qian", "ta", "nian",
                "yue", "ri", "yuan", "jiao", "jie", "dao", "xiang", "lou", "dan", "xi", "shang", "ye")) {
            if (DICTIONARY.characters(s).contains(c)) {
                return s;
            }
        }
        return "?";
    }

    @Test
    void segmentsLettersIntoSyllablesWithAnUnfinishedLastOne() {
        assertEquals(List.of("lan", "zhou"), DICTIONARY.segment("lanzhou"));
        assertEquals(List.of("lan", "zh"), DICTIONARY.segment("lanzh"));
        assertEquals(List.of("xian"), DICTIONARY.segment("xian"));
        assertEquals(List.of("fang", "an"), DICTIONARY.segment("fangan"));
        assertEquals(List.of("zhuang", "zhuang"), DICTIONARY.segment("zhuangzhuang"));
        assertEquals(List.of(), DICTIONARY.segment("vv"));
        assertEquals(List.of(), DICTIONARY.segment("zhouv"));
    }

    @Test
    void aBrokenResourceNamesTheLine() {
        IOException e = assertThrows(IOException.class, () -> PinyinDictionary.read(new ByteArrayInputStream(
                "# header\nlan\t兰\nzhou 州\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
