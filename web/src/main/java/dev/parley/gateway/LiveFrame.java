package dev.parley.gateway;

/**
 * One live event as every session it goes to keeps it, made once per event: its body (the bytes
 * each recipient's frame is built from), when it was delivered, and where the data grid holds the
 * body for a resume elsewhere.
 */
record LiveFrame(FrameBody body, long atMillis, ResumeRecord.EventKey key) {
}
