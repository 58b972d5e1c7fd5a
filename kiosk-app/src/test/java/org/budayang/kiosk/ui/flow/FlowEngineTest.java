package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budayang.api.catalog.StepType;
import org.budayang.api.identity.FaceCheckReason;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.Requirement;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flow engine inside the shell, without the toolkit: central's catalogue file, the real ID card driver against
 * its emulator, the in-test camera, the recording desk, same-thread executors. Each test walks an item the way a
 * citizen does and checks what the desk received.
 */
class FlowEngineTest {
    private FlowRig rig;
    private ShellViewModel shell;
    private FlowEngine flow;

    @BeforeEach
    void setUp() throws Exception {
        rig = new FlowRig();
        shell = new ShellViewModel(rig.context, rig.sameThread());
        flow = shell.flow();
    }

    @AfterEach
    void tearDown() {
        shell.stop();
        rig.close();
    }

    /** From the guide: 开始办理, 身份证, the card placed, the face shown: the first step after identification. */
    private void identify(String itemName) {
        shell.start();
        shell.openItem(rig.item(itemName));
        shell.startItem();
        assertEquals(Screen.IDENTIFY, shell.screenProperty().get());
        assertEquals(FlowState.IDENTIFYING, state());
        assertTrue(shell.identificationChoice().choose(IdentificationWay.ID_CARD));
        rig.reader.emulator.place(org.budayang.kiosk.identity.ReaderRig.ZHANG_SAN);
        shell.cardEvent(FlowRig.PLACED);
        if (shell.screenProperty().get() == Screen.FACE) {
            rig.showFace();
        }
        assertEquals(Screen.FLOW, shell.screenProperty().get());
    }

    private FlowState state() {
        return flow.status().stateProperty().get();
    }

    private StepType stepType() {
        return flow.status().stepProperty().get().type();
    }

    @Test
    void insuranceProofIsIdentifyFaceChoosePrintEvaluateInFewTaps() {
        identify(FlowRig.INSURANCE_PROOF);
        assertEquals(List.of("MATCH"), rig.desk.last().faceChecks, "人证比对 through the desk");
        assertEquals(StepType.CHOOSE, stepType());
        assertEquals("第3步/共5步 · 选择证明种类和年度", flow.status().progressProperty().get());
        assertFalse(flow.form().completeProperty().get(), "下一步 stays disabled until both are chosen");
        int taps = 0;
        flow.form().update("certificateKind", "参保证明", true);
        taps++;
        assertFalse(flow.form().completeProperty().get());
        flow.form().update("year", "2026", true);
        taps++;
        flow.next();
        taps++;
        assertEquals(StepType.EVALUATE, stepType(), "the print ran by itself and the evaluation follows");
        assertEquals(1, rig.desk.last().printsDelivered.get());
        assertEquals(List.of("正在生成文书……", "正在打印第1页……"), flow.status().printLines());
        assertEquals("参保证明", rig.desk.printParams.get(0).get("certificateKind"));
        flow.evaluation().rate(Satisfaction.VERY_SATISFIED);
        taps++;
        assertEquals(FlowState.FINISHED, state());
        assertEquals(1, rig.desk.evaluations.size());
        RecordingDesk.Evaluation rated = rig.desk.evaluations.get(0);
        assertEquals(rig.desk.last().serviceNumber(), rated.serviceNumber());
        assertEquals(rig.item(FlowRig.INSURANCE_PROOF).implementationCode(), rated.itemCode());
        assertEquals(TransactionRecord.Outcome.COMPLETED, rig.desk.last().outcome);
        flow.returnHome();
        taps++;
        assertTrue(taps <= 6, taps + " taps after the card was placed");
        assertEquals(Screen.HOME, shell.screenProperty().get());
        assertFalse(shell.identified(), "the citizen is wiped at the end");
        assertEquals(FlowState.IDLE, state());
    }

    @Test
    void noCriminalRecordFillsSignsByFaceSubmitsAndPrintsTheReceipt() {
        identify(FlowRig.NO_CRIMINAL_RECORD);
        assertEquals(StepType.FILL, stepType());
        flow.form().update("purpose", "就业", true);
        flow.form().update("useUnit", "兰州某公司", true);
        flow.next();
        assertEquals(StepType.COMMITMENT, stepType());
        assertTrue(flow.commitment().textProperty().get().startsWith("告知承诺书"));
        assertFalse(flow.commitment().canSignProperty().get(), "the letter is not signed before the tick");
        flow.commitment().agreedProperty().set(true);
        flow.next();
        assertEquals(Screen.FACE, shell.screenProperty().get(), "the letter is signed by face");
        rig.showFace();
        assertEquals(Screen.FLOW, shell.screenProperty().get());
        assertEquals(StepType.SUBMIT, stepType());
        assertEquals(FlowState.READY, state());
        RecordingDesk.Submitted submitted = rig.desk.submissions.get(0);
        assertEquals("GZCN-QT00012001-v1".replace("QT00012001", rig.item(FlowRig.NO_CRIMINAL_RECORD).basicCode()),
                submitted.commitment().version());
        assertNull(submitted.deferral());
        assertEquals("就业", submitted.form().get("purpose"));
        var answer = flow.answers().submissionProperty().get();
        assertEquals(ApplicationOutcome.ACCEPTED, answer.receipt().outcome());
        assertNotNull(answer.receipt().promisedDate());
        flow.next();
        assertEquals(StepType.EVALUATE, stepType());
        assertEquals("受理凭证", flow.answers().printedProperty().get().title());
        flow.evaluation().rate(Satisfaction.DISSATISFIED);
        assertEquals(StepType.EVALUATE, stepType(), "a negative level waits for reasons");
        flow.evaluation().toggleReason("等候时间长");
        flow.evaluation().sendEvaluation();
        assertEquals(answer.number(), rig.desk.evaluations.get(0).serviceNumber(), "the rating carries 办件编号");
        assertEquals(List.of("等候时间长"), rig.desk.evaluations.get(0).reasons());
        assertEquals(answer.number(), flow.answers().serviceNumberProperty().get());
    }

    @Test
    void aRefusedApplicationPrintsTheOneTimeNoticeAndEndsNotAccepted() {
        rig.desk.unmet.add(new Requirement("CONDITION", "参保状态", "参保状态异常，请先到医保窗口核实"));
        identify(FlowRig.MEDICAL_FILING);
        assertEquals(StepType.CHOOSE, stepType());
        flow.form().update("filingType", "异地长期居住", true);
        flow.form().update("treatmentRegion", "440305", true);
        flow.next();
        flow.form().update("startDate", "2026-12-01", true);
        flow.form().update("address", "深圳市南山区某街道1号", true);
        flow.form().update("phone", "13800000000", true);
        flow.next();
        flow.commitment().agreedProperty().set(true);
        flow.next();
        rig.showFace();
        assertEquals(StepType.SUBMIT, stepType());
        var answer = flow.answers().submissionProperty().get();
        assertEquals(ApplicationOutcome.NOT_ACCEPTED, answer.receipt().outcome());
        flow.next();
        assertEquals(StepType.EVALUATE, stepType());
        assertEquals("一次性告知单", flow.answers().printedProperty().get().title());
        flow.evaluation().skip();
        assertEquals(TransactionRecord.Outcome.NOT_ACCEPTED, rig.desk.last().outcome, "不予受理, not completed");
        assertEquals(null, rig.desk.last().failureCode, "the kiosk did not fail");
        assertTrue(rig.desk.evaluations.isEmpty(), "跳过 sends nothing");
    }

    @Test
    void aMissingDeferrableMaterialIsAcceptedWithTheDeferralLetter() {
        identify(FlowRig.DEFERRED_FILING);
        flow.form().update("filingType", "异地长期居住", true);
        flow.form().update("treatmentRegion", "440305", true);
        flow.next();
        flow.form().update("startDate", "2026-12-01", true);
        flow.form().update("address", "深圳市南山区某街道1号", true);
        flow.form().update("phone", "13800000000", true);
        flow.next();
        assertEquals(List.of("异地居住证明"), flow.commitment().deferrable());
        flow.commitment().toggleLacking("异地居住证明");
        assertTrue(flow.commitment().textProperty().get().contains("容缺受理承诺书"));
        flow.commitment().agreedProperty().set(true);
        flow.next();
        rig.showFace();
        RecordingDesk.Submitted submitted = rig.desk.submissions.get(0);
        assertNotNull(submitted.deferral());
        assertFalse(submitted.materials().contains("异地居住证明"));
        var receipt = flow.answers().submissionProperty().get().receipt();
        assertEquals(ApplicationOutcome.ACCEPTED_WITH_DEFERRED, receipt.outcome());
        assertEquals("异地居住证明", receipt.missing().get(0).name());
        assertNotNull(receipt.deferredDeadline());
    }

    @Test
    void aFailedPrintIsRetriedOnTheSameTransactionAndPrintsOnce() {
        rig.desk.failNext("print", "PRINTER_PAPER_OUT", "打印纸用完了，本次没有打印成功", true);
        identify(FlowRig.INSURANCE_PROOF);
        flow.form().update("certificateKind", "缴费明细", true);
        flow.form().update("year", "2025", true);
        flow.next();
        assertEquals(FlowState.FAILED, state());
        assertEquals("打印纸用完了，本次没有打印成功", flow.status().messageProperty().get());
        assertTrue(flow.status().retryableProperty().get());
        flow.retry();
        assertEquals(StepType.EVALUATE, stepType());
        assertEquals(2, rig.desk.calls("print"));
        assertEquals(1, rig.desk.last().printsDelivered.get());
        assertEquals(1, rig.desk.transactions.size(), "the retry is the same transaction");
        flow.evaluation().skip();
        assertEquals(TransactionRecord.Outcome.COMPLETED, rig.desk.last().outcome);
        assertNull(rig.desk.last().failureCode);
    }

    @Test
    void threeFaceMismatchesOfferHelpAndEndFailed() {
        rig.desk.faces(FaceCheckReason.MISMATCH, FaceCheckReason.MISMATCH, FaceCheckReason.MISMATCH);
        shell.start();
        shell.openItem(rig.item(FlowRig.INSURANCE_PROOF));
        shell.startItem();
        shell.identificationChoice().choose(IdentificationWay.ID_CARD);
        rig.reader.emulator.place(org.budayang.kiosk.identity.ReaderRig.ZHANG_SAN);
        shell.cardEvent(FlowRig.PLACED);
        assertEquals("第2步/共5步 · 人脸比对核验", flow.status().progressProperty().get(), "the header names the face");
        for (int attempt = 1; attempt < FlowEngine.MAX_FACE_MISMATCHES; attempt++) {
            rig.showFace();
            assertEquals(Screen.FACE, shell.screenProperty().get(), "mismatch " + attempt + ": the face again");
        }
        rig.showFace();
        assertEquals(Screen.FLOW, shell.screenProperty().get());
        assertEquals(FlowState.FAILED, state());
        assertFalse(flow.status().retryableProperty().get(), "no fourth try: 呼叫帮办");
        shell.openHelp();
        assertEquals(List.of("FLOW"), rig.desk.helpScreens);
        assertEquals(5, flow.assist().helpProperty().get().expectedMinutes());
        flow.toEvaluation();
        flow.evaluation().skip();
        assertEquals("FACE_MISMATCH", rig.desk.last().failureCode);
    }

    @Test
    void aDepartmentDownShowsNotAvailableWhileOtherDepartmentsWork() {
        rig.desk.departmentDown(org.budayang.api.catalog.Department.TAX);
        identify(FlowRig.TAX_RECORD);
        flow.form().update("fromYear", "2025", true);
        flow.form().update("toYear", "2026", true);
        flow.next();
        assertEquals(FlowState.UNAVAILABLE, state());
        assertEquals("该部门系统正在维护，暂时不能办理。", flow.status().messageProperty().get());
        assertTrue(flow.answers().insteadAdvice().contains(rig.item(FlowRig.TAX_RECORD).guide().consultationPhone()));
        flow.toEvaluation();
        flow.evaluation().skip();
        assertEquals("DEPARTMENT_UNAVAILABLE", rig.desk.last().failureCode);
        flow.returnHome();

        shell.openItem(rig.item(FlowRig.RIGHTS_RECORD));
        shell.startItem();
        shell.identificationChoice().choose(IdentificationWay.ID_CARD);
        shell.cardEvent(FlowRig.PLACED);
        rig.showFace();
        assertEquals(StepType.CONFIRM, stepType(), "社保 still works");
        assertEquals(FlowState.READY, state());
        assertEquals("社会保险个人权益记录查询", flow.answers().resultProperty().get().title());
    }

    @Test
    void theItemOnlyInTheTestCatalogueRunsWithoutKioskChange() {
        rig.desk.historyRows = 20;
        identify(FlowRig.TEST_ONLY);
        assertEquals(StepType.FILL, stepType());
        flow.form().update("phone", "13912345678", true);
        flow.form().update("claimDate", "2026-10-01", true);
        flow.next();
        flow.form().update("months", "6个月", true);
        flow.next();
        assertEquals(StepType.CONFIRM, stepType());
        assertEquals(4, flow.answers().pagesProperty().get().size(), "a section page + 20 rows in pages of 8");
        flow.answers().nextPage();
        assertEquals(1, flow.answers().pageProperty().get());
        flow.next();
        assertEquals(StepType.EVALUATE, stepType());
        assertEquals("6个月", rig.desk.printParams.get(0).get("months"));
    }

    @Test
    void backGoesOneAskingStepBackAndLeavingTheItemWipesIt() {
        identify(FlowRig.MEDICAL_FILING);
        flow.form().update("filingType", "异地长期居住", true);
        flow.form().update("treatmentRegion", "440305", true);
        flow.next();
        assertEquals(StepType.FILL, stepType());
        shell.back();
        assertEquals(StepType.CHOOSE, stepType(), "返回 on FILL: CHOOSE, values kept");
        assertEquals("440305", flow.form().prefillFor(flow.form().inputs().get(1)));
        shell.back();
        assertEquals(Screen.GUIDE, shell.screenProperty().get(), "返回 on the first step leaves the item");
        assertEquals(FlowState.IDLE, state());
        assertTrue(flow.form().values().isEmpty(), "leaving wipes the values");
        assertEquals(TransactionRecord.Outcome.ABANDONED, rig.desk.last().outcome);
        assertTrue(shell.identified(), "the citizen stays for another item until the session ends");
    }

    @Test
    void helpOnEveryStepAsksTheDeskAndShowsTheWait() {
        shell.start();
        shell.openItem(rig.item(FlowRig.NO_CRIMINAL_RECORD));
        shell.startItem();
        shell.openHelp();
        shell.identificationChoice().choose(IdentificationWay.ID_CARD);
        rig.reader.emulator.place(org.budayang.kiosk.identity.ReaderRig.ZHANG_SAN);
        shell.cardEvent(FlowRig.PLACED);
        shell.openHelp();
        rig.showFace();
        shell.openHelp();
        assertEquals(List.of("IDENTIFY", "FACE", "FLOW"), rig.desk.helpScreens);
        assertNotNull(flow.assist().helpProperty().get());
        flow.assist().closeHelp();
        assertNull(flow.assist().helpProperty().get());
    }

    @Test
    void elderModeReadsEachPromptAndMuteSilencesIt() {
        shell.setTheme(org.budayang.kiosk.core.config.Theme.ELDER);
        identify(FlowRig.INSURANCE_PROOF);
        assertTrue(rig.said.contains(rig.item(FlowRig.INSURANCE_PROOF).flow().get(2).prompt()), rig.said.toString());
        flow.assist().toggleMute();
        assertTrue(flow.assist().mutedProperty().get());
        int before = rig.said.size();
        flow.form().update("certificateKind", "参保证明", true);
        flow.form().update("year", "2026", true);
        flow.next();
        assertEquals(before, rig.said.size(), "muted: nothing more is said");
    }

    @Test
    void theCardAddressFillsOnlyAnInputAskingForAnAddress() {
        identify(FlowRig.MEDICAL_FILING);
        flow.form().update("filingType", "异地长期居住", true);
        flow.form().update("treatmentRegion", "440305", true);
        flow.next();
        var inputs = flow.form().inputs();
        String address = flow.form().prefillFor(inputs.stream().filter(i -> i.key().equals("address")).findFirst()
                .orElseThrow());
        assertFalse(address.isEmpty(), "the card's address fills 居住地址");
        assertEquals("", flow.form().prefillFor(inputs.stream().filter(i -> i.key().equals("phone")).findFirst()
                .orElseThrow()), "never a phone");
    }

    @Test
    void backOnEveryStepOfAnApplication() {
        shell.start();
        shell.openItem(rig.item(FlowRig.NO_CRIMINAL_RECORD));
        shell.startItem();
        shell.back();
        assertEquals(Screen.GUIDE, shell.screenProperty().get(), "返回 on the identification choice: the guide");
        assertEquals(FlowState.IDLE, state());

        shell.startItem();
        shell.identificationChoice().choose(IdentificationWay.ID_CARD);
        rig.reader.emulator.place(org.budayang.kiosk.identity.ReaderRig.ZHANG_SAN);
        shell.cardEvent(FlowRig.PLACED);
        assertEquals(Screen.FACE, shell.screenProperty().get());
        shell.back();
        assertEquals(Screen.GUIDE, shell.screenProperty().get(), "返回 on the face capture: the guide");
        assertEquals(0, rig.camera.listeners(), "the preview stopped");

        shell.startItem();
        rig.showFace();
        assertEquals(StepType.FILL, stepType());
        flow.form().update("purpose", "就业", true);
        flow.form().update("useUnit", "兰州某公司", true);
        flow.next();
        assertEquals(StepType.COMMITMENT, stepType());
        shell.back();
        assertEquals(StepType.FILL, stepType(), "返回 on the letter: the form, filled as it was");
        assertTrue(flow.form().completeProperty().get());
        flow.next();
        flow.commitment().agreedProperty().set(true);
        flow.next();
        rig.showFace();
        assertEquals(StepType.SUBMIT, stepType());
        shell.back();
        assertEquals(Screen.GUIDE, shell.screenProperty().get(), "after the submission 返回 leaves the item");
        assertEquals(TransactionRecord.Outcome.COMPLETED, rig.desk.last().outcome, "submitted: a completed service");
        assertEquals(1, rig.desk.calls("submit"), "返回 never submits again");

        shell.startItem();
        flow.form().update("purpose", "就业", true);
        flow.form().update("useUnit", "兰州某公司", true);
        flow.next();
        flow.commitment().agreedProperty().set(true);
        flow.next();
        rig.showFace();
        flow.next();
        assertEquals(StepType.EVALUATE, stepType());
        shell.back();
        assertEquals(Screen.GUIDE, shell.screenProperty().get(), "返回 on the evaluation leaves the item, nothing sent");
        assertTrue(rig.desk.evaluations.isEmpty());
        assertEquals(1, rig.desk.last().printsDelivered.get());
    }

    @Test
    void aMedicalInsuranceVoucherIsResolvedByCentralAndNeedsNoFace() {
        shell.start();
        shell.openItem(rig.item(FlowRig.MEDICAL_VOUCHER));
        shell.startItem();
        rig.scanner.scan(org.budayang.kiosk.identity.TestDevices.EC_TOKEN);
        assertTrue(shell.identificationChoice().choose(IdentificationWay.EC_TOKEN));
        assertEquals(Screen.FLOW, shell.screenProperty().get(), "a 医保电子凭证 takes no face");
        assertEquals(StepType.CHOOSE, stepType());
        assertEquals(1, rig.desk.calls("resolveEcToken"));
        assertEquals("张三", rig.desk.last().citizen().name(), "the holder central resolved");
        assertTrue(rig.desk.last().faceChecks.isEmpty());
    }

    @Test
    void anExpiredVoucherFailsWithCentralsSentence() {
        rig.desk.failNext("resolveEcToken", "EC_TOKEN_EXPIRED", "医保电子凭证已过期，请刷新后重新出示。", true);
        shell.start();
        shell.openItem(rig.item(FlowRig.MEDICAL_VOUCHER));
        shell.startItem();
        rig.scanner.scan(org.budayang.kiosk.identity.TestDevices.EC_TOKEN);
        shell.identificationChoice().choose(IdentificationWay.EC_TOKEN);
        assertEquals(FlowState.FAILED, state());
        assertEquals("医保电子凭证已过期，请刷新后重新出示。", flow.status().messageProperty().get());
        assertFalse(flow.status().retryableProperty().get(), "no transaction began: 重试 cannot help here");
        assertTrue(rig.desk.transactions.isEmpty());
    }

    @Test
    void aKioskWithoutAWorkingDeskEndsOnTheGuideWithTheNotice() {
        rig.desk.failNext("checkFace", "DESK_NOT_AVAILABLE", "本机暂不能办理该业务，请到服务窗口办理。", false);
        shell.start();
        shell.openItem(rig.item(FlowRig.INSURANCE_PROOF));
        shell.startItem();
        shell.identificationChoice().choose(IdentificationWay.ID_CARD);
        rig.reader.emulator.place(org.budayang.kiosk.identity.ReaderRig.ZHANG_SAN);
        shell.cardEvent(FlowRig.PLACED);
        rig.showFace();
        assertEquals(Screen.GUIDE, shell.screenProperty().get());
        assertEquals(org.budayang.kiosk.ui.shell.Overlay.START_NOTICE, shell.overlayProperty().get());
        assertEquals(FlowState.IDLE, state());
    }
}
