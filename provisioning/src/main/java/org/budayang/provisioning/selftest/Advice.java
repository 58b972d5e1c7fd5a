package org.budayang.provisioning.selftest;

import java.util.Map;

/** What a technician should do about each self-test failure code, in Chinese and English. */
final class Advice {
    record Text(String zh, String en) {
    }

    private static final Map<String, Text> BY_CODE = Map.ofEntries(
            Map.entry("OFFLINE", new Text("设备无应答：检查电源、数据线和配置的端口/波特率，然后重试。",
                    "No answer: check power, cable and the configured port/baud, then run again.")),
            Map.entry("NOT_INSTALLED", new Text("驱动未安装：确认安装包完整，或改用已安装的驱动。",
                    "Driver not installed: reinstall the kiosk package or configure an installed driver.")),
            Map.entry("CONFIGURATION", new Text("配置有误：运行 config validate 查看具体的键和取值。",
                    "Configuration error: run config validate to see the key and value.")),
            Map.entry("PAPER_OUT", new Text("缺纸：装入打印纸并合上纸仓盖。", "Out of paper: load paper and close the cover.")),
            Map.entry("COVER_OPEN", new Text("机盖未合上：合上打印机/设备盖。", "Cover open: close it.")),
            Map.entry("JAM", new Text("卡纸/卡币：打开设备清除后重试。", "Jam: open the device, clear it, run again.")),
            Map.entry("CASHBOX_REMOVED", new Text("钱箱未装好：装回钱箱并锁好。", "Cash box removed: put it back and lock it.")),
            Map.entry("CASHBOX_FULL", new Text("钱箱已满：清点并清空钱箱。", "Cash box full: count and empty it.")),
            Map.entry("HARDWARE_ERROR", new Text("设备报告硬件故障：记录详情并联系厂家维修。",
                    "The device reports a hardware fault: note the detail and call the vendor.")),
            Map.entry("NO_CARD", new Text("没有读到卡：把测试卡放在读卡区后重试。",
                    "No card read: place a test card on the reader and run again.")),
            Map.entry("NO_NOTE", new Text("未放入纸币：在提示后放入一张纸币，设备应将其退回。",
                    "No note inserted: insert one note when asked; the acceptor must give it back.")),
            Map.entry("NOTE_KEPT", new Text("纸币被收入钱箱而未退回：清点钱箱，检查驱动与设备设置。",
                    "The note was stacked instead of returned: count the cash box and check the acceptor's settings.")),
            Map.entry("NO_CODE", new Text("没有扫到码：在扫码口前出示任意二维码后重试。",
                    "No code scanned: show any QR code to the scanner and run again.")),
            Map.entry("TIMED_OUT", new Text("设备在规定时间内未完成：检查连接后重试。",
                    "The device did not finish in time: check the link and run again.")),
            Map.entry("LINK_LOST", new Text("连接中断：检查数据线或网络，然后重试。",
                    "The link was lost: check the cable or network and run again.")),
            Map.entry("DEVICE_ERROR", new Text("设备拒绝了测试操作：查看详情。", "The device refused the test: see the detail.")));

    private Advice() {
    }

    static Text of(String code) {
        return BY_CODE.getOrDefault(code, BY_CODE.get("DEVICE_ERROR"));
    }
}
