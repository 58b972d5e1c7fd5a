package org.budayang.driver.idcard;

import java.util.Optional;

/**
 * The ethnic group (民族) on a resident ID card: the 56 codes of GB/T 3304-1991 and the two codes the
 * card also uses, 97 其他 (other, not identified) and 98 外国血统 (Chinese citizen of foreign origin).
 * {@link #cardName()} is the short form printed on the card (汉, 蒙古); {@link #fullName()} the
 * standard name (汉族, 蒙古族).
 */
public enum Nation {
    HAN("01", "汉", "汉族"),
    MONGOL("02", "蒙古", "蒙古族"),
    HUI("03", "回", "回族"),
    TIBETAN("04", "藏", "藏族"),
    UYGHUR("05", "维吾尔", "维吾尔族"),
    MIAO("06", "苗", "苗族"),
    YI("07", "彝", "彝族"),
    ZHUANG("08", "壮", "壮族"),
    BUYEI("09", "布依", "布依族"),
    KOREAN("10", "朝鲜", "朝鲜族"),
    MANCHU("11", "满", "满族"),
    DONG("12", "侗", "侗族"),
    YAO("13", "瑶", "瑶族"),
    BAI("14", "白", "白族"),
    TUJIA("15", "土家", "土家族"),
    HANI("16", "哈尼", "哈尼族"),
    KAZAKH("17", "哈萨克", "哈萨克族"),
    DAI("18", "傣", "傣族"),
    LI("19", "黎", "黎族"),
    LISU("20", "傈僳", "傈僳族"),
    VA("21", "佤", "佤族"),
    SHE("22", "畲", "畲族"),
    GAOSHAN("23", "高山", "高山族"),
    LAHU("24", "拉祜", "拉祜族"),
    SUI("25", "水", "水族"),
    DONGXIANG("26", "东乡", "东乡族"),
    NAXI("27", "纳西", "纳西族"),
    JINGPO("28", "景颇", "景颇族"),
    KIRGIZ("29", "柯尔克孜", "柯尔克孜族"),
    TU("30", "土", "土族"),
    DAUR("31", "达斡尔", "达斡尔族"),
    MULAM("32", "仫佬", "仫佬族"),
    QIANG("33", "羌", "羌族"),
    BLANG("34", "布朗", "布朗族"),
    SALAR("35", "撒拉", "撒拉族"),
    MAONAN("36", "毛南", "毛南族"),
    GELAO("37", "仡佬", "仡佬族"),
    XIBE("38", "锡伯", "锡伯族"),
    ACHANG("39", "阿昌", "阿昌族"),
    PUMI("40", "普米", "普米族"),
    TAJIK("41", "塔吉克", "塔吉克族"),
    NU("42", "怒", "怒族"),
    UZBEK("43", "乌孜别克", "乌孜别克族"),
    RUSSIAN("44", "俄罗斯", "俄罗斯族"),
    EWENKI("45", "鄂温克", "鄂温克族"),
    DEANG("46", "德昂", "德昂族"),
    BONAN("47", "保安", "保安族"),
    YUGUR("48", "裕固", "裕固族"),
    GIN("49", "京", "京族"),
    TATAR("50", "塔塔尔", "塔塔尔族"),
    DERUNG("51", "独龙", "独龙族"),
    OROQEN("52", "鄂伦春", "鄂伦春族"),
    HEZHEN("53", "赫哲", "赫哲族"),
    MONBA("54", "门巴", "门巴族"),
    LHOBA("55", "珞巴", "珞巴族"),
    JINO("56", "基诺", "基诺族"),
    OTHER("97", "其他", "其他"),
    FOREIGN_ORIGIN("98", "外国血统", "外国血统中国籍人士");

    private final String code;
    private final String cardName;
    private final String fullName;

    Nation(String code, String cardName, String fullName) {
        this.code = code;
        this.cardName = cardName;
        this.fullName = fullName;
    }

    /** The two-digit code on the card, e.g. {@code 01}. */
    public String code() {
        return code;
    }

    /** The name as printed on the card, e.g. 汉, 回, 藏. */
    public String cardName() {
        return cardName;
    }

    /** The standard name, e.g. 汉族, 外国血统中国籍人士. */
    public String fullName() {
        return fullName;
    }

    /** The nation with this two-digit code, or empty for any other text (e.g. {@code 57}, {@code 1}). */
    public static Optional<Nation> ofCode(String code) {
        for (Nation nation : values()) {
            if (nation.code.equals(code)) {
                return Optional.of(nation);
            }
        }
        return Optional.empty();
    }
}
