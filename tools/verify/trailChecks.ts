/** Links 1 and 2 of the chain: the trail records, and delivers to S3 and to CloudWatch Logs. */
import { GetTrailCommand, GetTrailStatusCommand, GetTrailStatusCommandOutput, Trail } from "@aws-sdk/client-cloudtrail";
import { DescribeLogStreamsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { Check, fail, ok, warn } from "./report";
import { callAws, couldNotRead, errorName, formatAge, RESTORE_WITH_PULUMI, VerifyContext } from "./context";

/** CloudTrail delivers about every 5 minutes while there is activity. */
const DELIVERY_RECENT_MS = 60 * 60 * 1000;
/** A stream's lastEventTimestamp can lag ingestion by up to an hour (CloudWatch Logs API reference). */
const LOG_EVENTS_RECENT_MS = 2 * 60 * 60 * 1000;

export async function trailChecks(ctx: VerifyContext): Promise<Check[]> {
  const { outputs } = ctx;
  const region = outputs.homeRegion;
  if (outputs.trailName === undefined) {
    return [
      warn(
        "trail",
        `The stack has no trail of its own: its alarms read the existing log group ${outputs.logGroupName}.`,
        "Check the trail that writes to that log group with `aws cloudtrail get-trail-status`; the checks below start at the log group.",
      ),
    ];
  }
  const name = outputs.trailName;
  const cloudtrail = ctx.clients(region).cloudtrail;

  const read = await readTrail(ctx, region, outputs.trailArn ?? name, name, "trail.exists");
  if ("check" in read) return [read.check];
  const { trail } = read;

  // A member stack (centralLogArchive) writes to another account's archive, whose policies are that stack's.
  const central = outputs.localKeyArn !== undefined;
  const checks: Check[] = [ok("trail.exists", `Trail ${name} in ${region}.`)];
  checks.push(
    trail.IsMultiRegionTrail === true
      ? ok("trail.multi-region", "Records every region.")
      : fail("trail.multi-region", "Records one region only: activity elsewhere raises no alarm.", RESTORE_WITH_PULUMI),
    trail.LogFileValidationEnabled === true
      ? ok("trail.log-file-validation", "Log file validation is on (digest files prove logs were not altered).")
      : fail("trail.log-file-validation", "Log file validation is off: tampering with delivered logs goes unnoticed.", RESTORE_WITH_PULUMI),
    kmsCheck(trail, ctx.outputs.kmsKeyArn),
    bucketCheck(trail, ctx.outputs.logBucketName, central),
  );

  let status: GetTrailStatusCommandOutput;
  try {
    status = await callAws(ctx, () => cloudtrail.send(new GetTrailStatusCommand({ Name: outputs.trailArn ?? name })));
  } catch (err) {
    checks.push(couldNotRead("trail.logging", err, "cloudtrail:GetTrailStatus"));
    return checks;
  }
  const now = ctx.now().getTime();
  checks.push(
    status.IsLogging === true
      ? ok("trail.logging", "Logging.")
      : fail(
          "trail.logging",
          `Not logging${status.StopLoggingTime ? ` since ${status.StopLoggingTime.toISOString()}` : ""}: nothing is recorded, so no alarm can fire.`,
          `aws cloudtrail start-logging --name ${name} --region ${region}; then find who stopped it (the cloudtrail-config-changes alarm should have fired).`,
        ),
    central
      ? deliveryCheck(
          "trail.s3-delivery",
          `the central archive ${outputs.logBucketName}`,
          status.LatestDeliveryError,
          status.LatestDeliveryTime,
          now,
          `The central archive's bucket policy or key policy does not let this account's trail write: the archive's stack must list ${ctx.account} in memberAccounts (README, Logging coverage), then \`pulumi up\` there; this stack cannot change them.`,
        )
      : deliveryCheck(
          "trail.s3-delivery",
          "S3",
          status.LatestDeliveryError,
          status.LatestDeliveryTime,
          now,
          "The bucket policy or the key policy no longer lets cloudtrail.amazonaws.com write: run `pulumi up` for this stack to restore them.",
        ),
    cloudWatchDeliveryCheck(trail, status, ctx, now),
  );
  return checks;
}

function kmsCheck(trail: Trail, expectedKeyArn: string | undefined): Check {
  if (trail.KmsKeyId === undefined) {
    return fail("trail.kms", "Logs are encrypted with S3-managed keys, not the stack's KMS key.", RESTORE_WITH_PULUMI);
  }
  if (expectedKeyArn !== undefined && trail.KmsKeyId !== expectedKeyArn) {
    return warn("trail.kms", `Encrypted with ${trail.KmsKeyId}, not the stack's key ${expectedKeyArn}.`, RESTORE_WITH_PULUMI);
  }
  return ok("trail.kms", `Encrypted with ${trail.KmsKeyId}.`);
}

function bucketCheck(trail: Trail, expectedBucket: string | undefined, central: boolean): Check {
  const where = central ? `the central archive ${expectedBucket}` : `the stack's log bucket ${expectedBucket}`;
  if (expectedBucket !== undefined && trail.S3BucketName !== expectedBucket) {
    return fail("trail.bucket", `Writes its log files to ${trail.S3BucketName ?? "no bucket"}, not ${where}.`, RESTORE_WITH_PULUMI);
  }
  return ok("trail.bucket", `Writes its log files to ${where}.`);
}

/**
 * GetTrail in `region`: the trail, or the check `id` failed (it does not exist, or could not be
 * read). Shared by the account trail and the residency trails (coverageChecks.ts).
 */
export async function readTrail(
  ctx: VerifyContext,
  region: string,
  nameOrArn: string,
  name: string,
  id: string,
): Promise<{ trail: Trail } | { check: Check }> {
  try {
    const found = (await callAws(ctx, () => ctx.clients(region).cloudtrail.send(new GetTrailCommand({ Name: nameOrArn })))).Trail;
    if (found === undefined) throw Object.assign(new Error(`Unknown trail: ${name}`), { name: "TrailNotFoundException" });
    return { trail: found };
  } catch (err) {
    if (errorName(err) === "TrailNotFoundException") {
      return {
        check: fail(
          id,
          `No trail ${name} in ${region}.`,
          "Run `pulumi up` for this stack (after `pulumi refresh` if it was deleted outside Pulumi).",
        ),
      };
    }
    return { check: couldNotRead(id, err, "cloudtrail:GetTrail") };
  }
}

/** A delivery path from GetTrailStatus: its latest error, or how long ago it last delivered. */
export function deliveryCheck(
  id: string,
  where: string,
  error: string | undefined,
  time: Date | undefined,
  now: number,
  fixForError: string,
): Check {
  if (error !== undefined && error !== "") {
    return fail(id, `The latest delivery to ${where} failed: ${error}.`, fixForError);
  }
  if (time === undefined) {
    return warn(
      id,
      `CloudTrail has not delivered to ${where} yet.`,
      "A new trail delivers within about 15 minutes; run verify again then.",
    );
  }
  const age = now - time.getTime();
  return age <= DELIVERY_RECENT_MS
    ? ok(id, `Delivered to ${where} ${formatAge(age)} ago.`)
    : warn(
        id,
        `The latest delivery to ${where} was ${formatAge(age)} ago.`,
        "CloudTrail delivers every few minutes while the account is active: check trail.logging, then the account's activity.",
      );
}

function cloudWatchDeliveryCheck(trail: Trail, status: GetTrailStatusCommandOutput, ctx: VerifyContext, now: number): Check {
  const id = "trail.cloudwatch-delivery";
  const target = trail.CloudWatchLogsLogGroupArn?.replace(/:\*$/, "");
  const expected = ctx.outputs.logGroupArn?.replace(/:\*$/, "");
  if (target === undefined) {
    return fail(id, "The trail does not send events to CloudWatch Logs: no metric filter sees anything.", RESTORE_WITH_PULUMI);
  }
  if (expected !== undefined && target !== expected) {
    return fail(id, `The trail sends to ${target}, not to the stack's log group ${expected}.`, RESTORE_WITH_PULUMI);
  }
  return deliveryCheck(
    id,
    "CloudWatch Logs",
    status.LatestCloudWatchLogsDeliveryError,
    status.LatestCloudWatchLogsDeliveryTime,
    now,
    "CloudTrail cannot write with its delivery role (trust policy, role policy, or the log group's KMS key): run `pulumi up` for this stack to restore them.",
  );
}

/** Link 3: events arrive in the log group. */
export async function logGroupChecks(ctx: VerifyContext): Promise<Check[]> {
  const id = "log-group.events";
  const name = ctx.outputs.logGroupName;
  const logs = ctx.clients(ctx.outputs.homeRegion).logs;
  try {
    const { logStreams } = await callAws(ctx, () =>
      logs.send(new DescribeLogStreamsCommand({ logGroupName: name, orderBy: "LastEventTime", descending: true, limit: 1 })),
    );
    const last = logStreams?.[0]?.lastEventTimestamp;
    if (last === undefined) {
      return [
        fail(
          id,
          `Log group ${name} has never received an event.`,
          "Fix trail.cloudwatch-delivery first; CloudTrail writes within minutes once it can.",
        ),
      ];
    }
    const age = ctx.now().getTime() - last;
    return [
      age <= LOG_EVENTS_RECENT_MS
        ? ok(id, `Log group ${name} received events ${formatAge(age)} ago.`)
        : warn(
            id,
            `Log group ${name} last received events ${formatAge(age)} ago.`,
            "Check trail.logging and trail.cloudwatch-delivery; the trail-delivery-heartbeat alarm should be in ALARM.",
          ),
    ];
  } catch (err) {
    if (errorName(err) === "ResourceNotFoundException") {
      return [
        fail(
          id,
          `Log group ${name} does not exist.`,
          "Run `pulumi up` for this stack (after `pulumi refresh` if it was deleted outside Pulumi).",
        ),
      ];
    }
    return [couldNotRead(id, err, "logs:DescribeLogStreams")];
  }
}
