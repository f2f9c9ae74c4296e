/**
 * Boundaries of settings a one-line slip would move without a test noticing: a custom alarm id
 * used twice, and Object Lock's retention against the archive's expiry, on both sides.
 */
import { strict as assert } from "assert";
import { problemsOf, settingsOf } from "../helpers/configHarness";

describe("settings: custom alarm ids", () => {
  it("refuses a custom alarm id another custom alarm already uses", () => {
    const alarm = (id: string): object => ({ id, filterPattern: "{ $.eventName = DeleteBucket }" });
    const problems = problemsOf({ customAlarms: JSON.stringify([alarm("bucket-deleted"), alarm("bucket-deleted")]) });
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0], /^customAlarms\[1\]\.id: .*already used by another custom alarm/);
    assert.equal(settingsOf({ customAlarms: JSON.stringify([alarm("bucket-deleted"), alarm("bucket-emptied")]) }).customAlarms.length, 2);
  });
});

describe("settings: Object Lock retention against the archive's expiry", () => {
  const lock = (days: number): Record<string, string> => ({
    objectLockMode: "GOVERNANCE",
    objectLockRetentionDays: String(days),
    expireAfterDays: "400",
  });
  it("accepts a retention equal to expireAfterDays: expiry deletes a log the day its lock ends", () => {
    assert.deepEqual(settingsOf(lock(400)).objectLock, { mode: "GOVERNANCE", days: 400 });
  });
  it("refuses a retention one day longer than expireAfterDays: expiry could never delete a log", () => {
    const problems = problemsOf(lock(401));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0], /^objectLockRetentionDays: .*must not exceed expireAfterDays \(400\)/);
  });
});
