package org.budayang.driver.idcardsam.emulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdNumbers;
import org.budayang.driver.idcard.Nation;
import org.budayang.driver.idcard.Sex;

/**
 * Synthetic, valid Gansu ID cards for tests and the emulator: real region codes with their police
 * authorities, valid GB 11643 numbers whose sequence matches the sex, validity periods following the
 * law's age bands (under 16: 5 years, 16-25: 10, 26-45: 20, older: 长期). Deterministic for a seed.
 * The people do not exist.
 */
public final class GeneratedCards {
    private static final String[][] REGIONS = {
            {"620102", "甘肃省兰州市城关区", "兰州市公安局城关分局"},
            {"620103", "甘肃省兰州市七里河区", "兰州市公安局七里河分局"},
            {"620104", "甘肃省兰州市西固区", "兰州市公安局西固分局"},
            {"620105", "甘肃省兰州市安宁区", "兰州市公安局安宁分局"},
            {"620111", "甘肃省兰州市红古区", "兰州市公安局红古分局"},
            {"620121", "甘肃省兰州市永登县", "永登县公安局"},
            {"620402", "甘肃省白银市白银区", "白银市公安局白银分局"},
            {"620502", "甘肃省天水市秦州区", "天水市公安局秦州分局"},
            {"620602", "甘肃省武威市凉州区", "武威市公安局凉州分局"},
            {"620702", "甘肃省张掖市甘州区", "张掖市公安局甘州分局"},
            {"620902", "甘肃省酒泉市肃州区", "酒泉市公安局肃州分局"},
            {"621102", "甘肃省定西市安定区", "定西市公安局安定分局"},
            {"622901", "甘肃省临夏回族自治州临夏市", "临夏州公安局临夏市分局"},
            {"623001", "甘肃省甘南藏族自治州合作市", "甘南州公安局合作市分局"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "罗", "高", "欧阳"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀兰", "霞", "平", "建国", "玉兰", "德才", "小红"};
    private static final String[] STREETS = {"东岗西路", "南昌路", "民主西路", "建设路", "滨河路", "解放路", "人民街",
            "和平路", "新华路", "文化街"};
    private static final Nation[] NATIONS = {Nation.HAN, Nation.HAN, Nation.HAN, Nation.HAN, Nation.HUI,
            Nation.TIBETAN, Nation.DONGXIANG, Nation.TU, Nation.YUGUR, Nation.BONAN, Nation.SALAR, Nation.MANCHU};

    private GeneratedCards() {
    }

    /** {@code count} cards, the same for the same seed, valid on {@code today} or expired at most as the age bands say. */
    public static List<IdCard> generate(int count, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<IdCard> cards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cards.add(one(random, today));
        }
        return cards;
    }

    private static IdCard one(Random random, LocalDate today) {
        String[] region = REGIONS[random.nextInt(REGIONS.length)];
        LocalDate birth = today.minusDays(365L * 2 + random.nextInt(365 * 90));
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
        String seventeen = region[0] + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        String id = seventeen + IdNumbers.checkCharacter(seventeen);
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        String address = region[1] + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号";
        LocalDate issued = today.minusDays(random.nextInt(365 * 5));
        if (issued.isBefore(birth)) {
            issued = birth;
        }
        int ageAtIssue = issued.getYear() - birth.getYear();
        LocalDate validTo = ageAtIssue < 16 ? issued.plusYears(5) : ageAtIssue <= 25 ? issued.plusYears(10)
                : ageAtIssue <= 45 ? issued.plusYears(20) : null;
        return DemoCards.card(name, sex, NATIONS[random.nextInt(NATIONS.length)], birth, id, address, region[2],
                issued, validTo);
    }
}
