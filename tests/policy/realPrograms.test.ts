/**
 * The same program gets the same verdict however the pack meets it: in a new stack's first
 * preview (Analyze on inputs with references unknown, AnalyzeStack on the planned outputs), in the
 * engine's stack analysis after the update (outputs read back from AWS), and in `audit` of the
 * stack export or of the preview's JSON. Programs are typed against the provider major they use
 * (tests/fixtures/policy/programs.ts). One pack process, as the engine starts it from `bin/`.
 */
import * as assert from "assert";
import { RESOURCE_POLICY_TYPES } from "../../policy/policies";
import { parseAuditFile } from "../../tools/audit/auditInput";
import { PackResource, PolicyPackProcess } from "../../tools/lib/packClient";
import {
  bucketV2InlineProgram,
  legacyBucketProgram,
  nativeProgram,
  Phase,
  previewJson,
  stackExport,
  urnOf,
  v7SeparateResourcesProgram,
} from "../fixtures/policy/programs";
import { flowLogStack } from "../fixtures/policy/flowLogPrograms";
import { CIS_ALARMS_TOPIC_URN, cisAlarmsModuleProgram, deadAlarmProgram } from "../fixtures/policy/alarmJoinPrograms";
import {
  allOn,
  CONTROL_ASSOCIATION_TYPE,
  DETECTOR_TYPE,
  detectiveStack,
  FSBP,
  NATIVE_STANDARD_TYPE,
  RECORDER_STATUS_TYPE,
} from "../fixtures/policy/detectivePrograms";

type Program = (phase: Phase) => PackResource[];

const BUCKET = urnOf("aws:s3/bucket:Bucket", "trail-logs");

const CASES: [string, Program, string[]][] = [
  [
    "v6 legacy aws.s3.Bucket, nothing declared, under a trail without kmsKeyId: AWS's SSE-S3 read back does not pass it",
    (phase) => legacyBucketProgram(phase, { trailWithoutKey: true }),
    [
      `cloudtrail-bucket-default-encryption ${BUCKET}`,
      `cloudtrail-bucket-versioning ${BUCKET}`,
      `cloudtrail-kms-encryption ${urnOf("aws:cloudtrail/trail:Trail", "acme")}`,
    ],
  ],
  [
    "v6 legacy aws.s3.Bucket, nothing declared, under a trail with its own KMS key: its log files are SSE-KMS whatever the bucket's default",
    (phase) => legacyBucketProgram(phase),
    [`cloudtrail-bucket-versioning ${BUCKET}`],
  ],
  [
    "v6 legacy aws.s3.Bucket declaring SSE-KMS inline",
    (phase) => legacyBucketProgram(phase, { inlineKms: true }),
    [`cloudtrail-bucket-versioning ${BUCKET}`],
  ],
  ["v6 aws.s3.BucketV2 declaring SSE-KMS and versioning inline, in v6's list shapes", bucketV2InlineProgram, []],
  ["v7 aws.s3.Bucket with its four separate resources", (phase) => v7SeparateResourcesProgram(phase), []],
  [
    "v7 aws.s3.Bucket without a public access block (joined by property dependencies at preview)",
    (phase) => v7SeparateResourcesProgram(phase, { publicAccessBlock: false }),
    [`cloudtrail-bucket-public-access-blocked ${BUCKET}`],
  ],
  [
    "aws-native trail and bucket, versioning left out",
    nativeProgram,
    [`cloudtrail-bucket-versioning ${urnOf("aws-native:s3:Bucket", "trail-logs")}`],
  ],
  [
    "v7 VPC with a flow log of ALL traffic (joined by property dependency at preview, by id after)",
    (phase) => flowLogStack("v7", phase, [{ name: "app" }], [{ name: "app", on: { vpc: "app" }, trafficType: "ALL" }]),
    [],
  ],
  [
    "v6 VPC whose only flow log is on a subnet of it",
    (phase) => flowLogStack("v6", phase, [{ name: "app" }], [{ name: "app", on: { subnetOf: "app" }, trafficType: "ALL" }]),
    [`vpc-flow-logs ${urnOf("aws:ec2/vpc:Vpc", "app")}`],
  ],
  [
    "aws-native VPC whose only flow log records ACCEPT",
    (phase) => flowLogStack("aws-native", phase, [{ name: "app" }], [{ name: "app", on: { vpc: "app" }, trafficType: "ACCEPT" }]),
    [`vpc-flow-logs ${urnOf("aws-native:ec2:Vpc", "app")}`],
  ],
  [
    "IAMpolicyChangesP.tf (TF_files_QA): an alarm computed from the filter's name covers no CIS control, whatever its dependency",
    deadAlarmProgram,
    [
      ...[
        "cloudtrail-cis-monitoring-alarms",
        "cloudtrail-cloudwatch-logs",
        "cloudtrail-global-service-events",
        "cloudtrail-kms-encryption",
        "cloudtrail-log-file-validation",
      ].map((policy) => `${policy} ${urnOf("aws:cloudtrail/trail:Trail", "cloudtrail1_passed")}`),
      `cloudtrail-log-group-kms-encryption ${urnOf("aws:cloudwatch/logGroup:LogGroup", "loogg")}`,
    ],
  ],
  [
    "terraform-aws-modules' CIS alarms in namespace CISBenchmark, trail in another stack: their unencrypted topic is judged",
    (phase) => cisAlarmsModuleProgram(phase),
    [`cloudtrail-alarm-topic-encryption ${CIS_ALARMS_TOPIC_URN}`],
  ],
  [
    "v7 GuardDuty, AWS Config and Security Hub all on, as the baseline's create mode declares them",
    (phase) => detectiveStack("v7", phase, allOn("v7")),
    [],
  ],
  [
    "v6 stack suspending GuardDuty and stopping the AWS Config recorder (its name unknown at the first preview)",
    (phase) =>
      detectiveStack("v6", phase, [
        { kind: "detector", name: "guardduty", enable: false },
        { kind: "recorderStatus", name: "config", recorderName: "acme", isEnabled: false },
      ]),
    [
      `detective-services-enabled ${urnOf(DETECTOR_TYPE.v6, "guardduty")}`,
      `detective-services-enabled ${urnOf(RECORDER_STATUS_TYPE, "config")}`,
    ],
  ],
  [
    "v7 CloudTrail.1 disabled in CIS 1.4.0, as the AWS CLI's example does, beside a configuration policy disabling nothing",
    (phase) =>
      detectiveStack("v7", phase, [
        {
          kind: "controlAssociation",
          name: "cloudtrail-1",
          securityControlId: "CloudTrail.1",
          standardsArn: "arn:aws:securityhub:::standards/cis-aws-foundations-benchmark/v/1.4.0",
          status: "DISABLED",
          reason: "Not applicable to environment",
        },
        { kind: "configurationPolicy", name: "org", serviceEnabled: true, standards: [FSBP], disabledControls: [] },
      ]),
    [`detective-services-enabled ${urnOf(CONTROL_ASSOCIATION_TYPE, "cloudtrail-1")}`],
  ],
  [
    "aws-native detector on, and a standard disabling SSM.3 as the Cloud Control provider's example does",
    (phase) =>
      detectiveStack("aws-native", phase, [
        { kind: "detector", name: "guardduty", enable: true },
        {
          kind: "standard",
          name: "nist",
          standardsArn: "arn:aws:securityhub:us-east-1::standards/nist-800-53/v/5.0.0",
          disabled: [
            {
              standardsControlArn: "arn:aws:securityhub:us-east-1:111122223333:control/nist-800-53/v/5.0.0/SSM.3",
              reason: "Not using SSM for system inventory",
            },
          ],
        },
      ]),
    [`detective-services-enabled ${urnOf(NATIVE_STANDARD_TYPE, "nist")}`],
  ],
];

describe("one program, one verdict: preview, stack analysis after an update, audit", function () {
  this.timeout(60000);
  let pack: PolicyPackProcess;
  before(async () => {
    pack = await PolicyPackProcess.start();
  });
  after(() => pack?.close());

  const verdict = async (resources: readonly PackResource[], analyzeTypes?: ReadonlySet<string>): Promise<string[]> =>
    [...new Set((await pack.analyzeAll(resources, analyzeTypes)).map((v) => `${v.policy} ${v.urn}`))].sort();

  for (const [title, program, expected] of CASES) {
    it(title, async () => {
      const audited = new Set(RESOURCE_POLICY_TYPES);
      const verdicts = {
        preview: await verdict(program("preview")),
        afterUpdate: await verdict(program("deployed")),
        auditOfExport: await verdict(parseAuditFile("export.json", JSON.stringify(stackExport(program("deployed")))).resources, audited),
        auditOfPreview: await verdict(parseAuditFile("preview.json", JSON.stringify(previewJson(program("preview")))).resources, audited),
      };
      const sorted = [...expected].sort();
      assert.deepStrictEqual(verdicts, { preview: sorted, afterUpdate: sorted, auditOfExport: sorted, auditOfPreview: sorted });
    });
  }
});
