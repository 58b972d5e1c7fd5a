package org.budayang.central.connectors.sandbox.seed;

import java.util.List;
import java.util.Random;

/** Plausible Chinese names, drawn by nation: Han and Hui names with a surname, Tibetan names without. */
final class Names {
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏",
            "吕", "丁", "任", "沈", "姚", "卢", "牛", "党", "雷", "焦", "安", "巩");
    private static final List<String> HUI_SURNAMES = List.of("马", "马", "马", "韩", "沙", "穆", "白", "妥", "冶", "喇");
    private static final String MALE = "建国明军伟强磊勇刚峰杰涛斌辉鹏文华平志福海林德忠成永生兴旺宏亮学东";
    private static final String FEMALE = "秀英兰芳霞丽娟梅玲燕红静敏婷雪慧琴萍桂莉花珍凤云娥琳欣悦";
    private static final List<String> TIBETAN_MALE = List.of("扎西", "才让", "多杰", "尼玛", "索南", "旦增", "贡布",
            "洛桑", "丹珠", "东智");
    private static final List<String> TIBETAN_FEMALE = List.of("卓玛", "拉毛", "央金", "措姆", "德吉", "桑吉", "娘吉",
            "才措", "卓嘎", "吉毛");

    private Names() {
    }

    static String surname(Random random, String nation) {
        return "03".equals(nation) || "26".equals(nation) ? pick(random, HUI_SURNAMES) : pick(random, SURNAMES);
    }

    /** A full name; {@code surname} is ignored for Tibetan names, which have none. */
    static String name(Random random, String nation, String surname, boolean male) {
        if ("04".equals(nation)) {
            String first = pick(random, male ? TIBETAN_MALE : TIBETAN_FEMALE);
            return random.nextInt(3) == 0 ? pick(random, male ? TIBETAN_MALE : TIBETAN_FEMALE) + first : first;
        }
        String chars = male ? MALE : FEMALE;
        String given = String.valueOf(chars.charAt(random.nextInt(chars.length())));
        if (random.nextInt(3) != 0) {
            given += chars.charAt(random.nextInt(chars.length()));
        }
        return surname + given;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
