package org.budayang.kiosk.ui.flow;

/**
 * Where an item's flow stands (STYLE.md 8).
 *
 * <pre>
 *   state         what the screen shows                          next() back() retry() evaluate
 *   IDLE          nothing (no item is being done)                no     no     no      no
 *   IDENTIFYING   the identification choice or the face capture  no     yes    no      no
 *   WORKING       a desk call runs (查询中… 打印中…)             no     no     no      no
 *   READY         a step waiting for the citizen                 yes    yes    no      yes (EVALUATE)
 *   FAILED        a step failed: message, 重试 / 呼叫帮办         no     yes    yes     no
 *   UNAVAILABLE   暂不可办: the department is down                no     yes    no      no
 *   FINISHED      请取走证件和凭条 until back home               no     no     no      no
 * </pre>
 * start() leads IDLE to IDENTIFYING or WORKING/READY; a step's call leads WORKING to READY, FAILED or
 * UNAVAILABLE; the evaluation leads READY to FINISHED; leaving the item leads every state to IDLE.
 */
public enum FlowState {
    IDLE,
    IDENTIFYING,
    WORKING,
    READY,
    FAILED,
    UNAVAILABLE,
    FINISHED;

    /** Whether 返回 may be pressed (never while a call runs or after the end). */
    public boolean canGoBack() {
        return this == IDENTIFYING || this == READY || this == FAILED || this == UNAVAILABLE;
    }
}
