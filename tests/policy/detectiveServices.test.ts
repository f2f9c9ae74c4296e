/**
 * `detective-services-enabled`: a stack that suspends GuardDuty, stops the AWS Config recorder or
 * disables Security Hub, a standard or a control is refused. Each form runs in the provider majors
 * that have it (v6, v7, aws-native), in a new stack's first preview (references unknown) and after
 * the update (what the provider read back), through the harness that prepares properties as
 * `@pulumi/policy`'s server does.
 */
import * as assert from "assert";
import { detectiveServicesEnabled } from "../../policy/policies/detectiveServicesEnabled";
import { PackResource } from "../../tools/lib/packClient";
import {
  allOn,
  CIS_3_0,
  CONFIGURATION_POLICY_TYPE,
  DETECTOR_TYPE,
  detectiveStack,
  DetectiveSpec,
  detectiveTypeOf,
  FSBP,
  Provider,
} from "../fixtures/policy/detectivePrograms";
import { PHASES, UNKNOWN, urnOf } from "../fixtures/policy/programs";
import { NOT_APPLICABLE, remediate, runResourcePolicy } from "./harness";
import { resource } from "./stacks";

const PROVIDERS: readonly Provider[] = ["v6", "v7", "aws-native"];
const AWS_MAJORS: readonly Provider[] = ["v6", "v7"];

/** The policy's messages for the resource `spec` declares, in `phase`. */
function judge(provider: Provider, phase: (typeof PHASES)[number], spec: DetectiveSpec, config: Record<string, unknown> = {}): string[] {
  const urn = urnOf(detectiveTypeOf(provider, spec), spec.name);
  const subject = detectiveStack(provider, phase, [spec]).find((r) => r.urn === urn)!;
  const messages = runResourcePolicy(detectiveServicesEnabled, subject, config);
  assert.notStrictEqual(messages, NOT_APPLICABLE);
  return messages as string[];
}

const CONTROL_ARN = "arn:aws:securityhub:us-east-1:111122223333:control/cis-aws-foundations-benchmark/v/1.2.0/1.10";

describe("detective-services-enabled", () => {
  for (const provider of PROVIDERS) {
    for (const phase of PHASES) {
      describe(`${provider}, ${phase}`, () => {
        it("passes every service on, as the baseline's create mode declares it", () => {
          for (const spec of allOn(provider)) assert.deepStrictEqual(judge(provider, phase, spec), [], spec.name);
        });
        it("rejects a GuardDuty detector with enable: false: GuardDuty is suspended in its Region", () => {
          const fix = provider === "aws-native" ? "Set enable: true." : "Set enable: true, or leave it out (the default is true).";
          assert.deepStrictEqual(judge(provider, phase, { kind: "detector", name: "guardduty", enable: false }), [
            `GuardDuty detector 'guardduty' has enable: false: GuardDuty is suspended in the detector's Region: it stops monitoring this account there and generates no new findings (Security Hub GuardDuty.1). ${fix}`,
          ]);
        });
        it("rejects a configuration policy with serviceEnabled: false: Security Hub is off wherever it is associated", () => {
          const messages = judge(provider, phase, {
            kind: "configurationPolicy",
            name: "sandbox-ou",
            serviceEnabled: false,
            standards: [],
          });
          assert.deepStrictEqual(messages, [
            "Security Hub configuration policy 'sandbox-ou' has serviceEnabled: false: each account and organizational unit it is associated with has Security Hub disabled, every standard and control with it, in the home Region and every linked Region (CIS v3.0 4.16). Set serviceEnabled: true and list the standards to enable.",
          ]);
        });
        it("rejects a configuration policy that disables controls, naming them and its own field", () => {
          const field = provider === "aws-native" ? "disabledSecurityControlIdentifiers" : "disabledControlIdentifiers";
          const spec: DetectiveSpec = {
            kind: "configurationPolicy",
            name: "org",
            serviceEnabled: true,
            standards: [FSBP],
            disabledControls: ["CloudFormation.1", "S3.11"],
          };
          assert.deepStrictEqual(judge(provider, phase, spec), [
            `Security Hub configuration policy 'org' disables 2 controls (${field}: CloudFormation.1, S3.11) in each account it is associated with: Security Hub stops checking them there. Remove them from ${field}, or list this resource in exemptResources once the exception is reviewed.`,
          ]);
        });
        it("rejects an allow-list of enabled controls: every other control is disabled, new ones included", () => {
          const spec: DetectiveSpec = {
            kind: "configurationPolicy",
            name: "strict",
            serviceEnabled: true,
            standards: [FSBP],
            enabledControls: ["IAM.7", "APIGateway.1"],
          };
          const [message] = judge(provider, phase, spec);
          assert.match(
            message,
            /^Security Hub configuration policy 'strict' enables only 2 controls \(enabled(Security)?ControlIdentifiers: IAM\.7, APIGateway\.1\): Security Hub disables every other control of its standards, controls AWS releases later included\./,
          );
        });
        it("rejects a configuration policy that enables no standard", () => {
          const [message] = judge(provider, phase, {
            kind: "configurationPolicy",
            name: "empty",
            serviceEnabled: true,
            standards: [],
            disabledControls: [],
          });
          assert.match(
            message,
            /^Security Hub configuration policy 'empty' enables no standard \(enabledStandard(Arns|Identifiers) is empty\): Security Hub runs no control/,
          );
        });
      });
    }
  }

  for (const provider of AWS_MAJORS) {
    describe(`${provider}: AWS Config recorder status and Security Hub controls`, () => {
      it("rejects a recorder status with isEnabled: false, naming the recorder once its name is known", () => {
        const spec: DetectiveSpec = { kind: "recorderStatus", name: "config", recorderName: "acme", isEnabled: false };
        const stopped = (which: string) =>
          `AWS Config recorder status 'config'${which} has isEnabled: false: the recorder is stopped, so AWS Config records no configuration change in its Region and the Security Hub controls built on AWS Config rules stop evaluating (CIS 3.5, Security Hub Config.1). Set isEnabled: true.`;
        assert.deepStrictEqual(judge(provider, "preview", spec), [stopped("")], "name: recorder.name is unknown at the first preview");
        assert.deepStrictEqual(judge(provider, "deployed", spec), [stopped(" (recorder 'acme')")]);
      });
      for (const phase of PHASES) {
        it(`rejects a standards control with controlStatus DISABLED, with its reason (${phase})`, () => {
          assert.deepStrictEqual(
            judge(provider, phase, {
              kind: "standardsControl",
              name: "cis-1-10",
              controlArn: CONTROL_ARN,
              status: "DISABLED",
              reason: "We handle password policies within Okta",
            }),
            [
              `Security Hub standards control 'cis-1-10' has controlStatus: "DISABLED" for cis-aws-foundations-benchmark/v/1.2.0/1.10 (reason: "We handle password policies within Okta"): Security Hub stops checking that control in its standard and archives the control's findings. Set controlStatus: "ENABLED" and run pulumi up before removing the resource (removing it leaves the control disabled), or list this resource in exemptResources once the exception is reviewed.`,
            ],
          );
        });
        it(`rejects a standards control association with associationStatus DISABLED (${phase})`, () => {
          const spec: DetectiveSpec = {
            kind: "controlAssociation",
            name: "iam-1",
            securityControlId: "IAM.1",
            standardsArn: CIS_3_0,
            status: "DISABLED",
            reason: "global resources checked in us-east-1",
          };
          assert.deepStrictEqual(judge(provider, phase, spec), [
            `Security Hub standards control association 'iam-1' has associationStatus: "DISABLED" for IAM.1 in cis-aws-foundations-benchmark/v/3.0.0 (reason: "global resources checked in us-east-1"): Security Hub stops checking that control in the standard and archives the control's findings there. Set associationStatus: "ENABLED" and run pulumi up before removing the resource (removing it leaves the control disabled), or list this resource in exemptResources once the exception is reviewed.`,
          ]);
        });
      }
      it("passes controls and associations that are ENABLED, and a recorder that records", () => {
        for (const phase of PHASES) {
          assert.deepStrictEqual(
            judge(provider, phase, { kind: "standardsControl", name: "c", controlArn: CONTROL_ARN, status: "ENABLED" }),
            [],
          );
          assert.deepStrictEqual(
            judge(provider, phase, {
              kind: "controlAssociation",
              name: "a",
              securityControlId: "IAM.1",
              standardsArn: CIS_3_0,
              status: "ENABLED",
            }),
            [],
          );
          assert.deepStrictEqual(judge(provider, phase, { kind: "recorderStatus", name: "r", recorderName: "acme", isEnabled: true }), []);
        }
      });
      it("treats an absent enable as the provider's default, true", () => {
        for (const phase of PHASES) assert.deepStrictEqual(judge(provider, phase, { kind: "detector", name: "guardduty" }), []);
      });
    });
  }

  describe("aws-native: a standard's disabledStandardsControls", () => {
    for (const phase of PHASES) {
      it(`rejects a standard that disables controls, listing them (${phase})`, () => {
        const spec: DetectiveSpec = {
          kind: "standard",
          name: "nist",
          standardsArn: "arn:aws:securityhub:us-east-1::standards/nist-800-53/v/5.0.0",
          disabled: [
            {
              standardsControlArn: "arn:aws:securityhub:us-east-1:111122223333:control/nist-800-53/v/5.0.0/SSM.3",
              reason: "Not using SSM",
            },
            {
              standardsControlArn: "arn:aws:securityhub:us-east-1:111122223333:control/nist-800-53/v/5.0.0/EC2.10",
              reason: "No endpoints",
            },
          ],
        };
        assert.deepStrictEqual(judge("aws-native", phase, spec), [
          "Security Hub standard 'nist' (nist-800-53/v/5.0.0) disables 2 controls in disabledStandardsControls: nist-800-53/v/5.0.0/SSM.3, nist-800-53/v/5.0.0/EC2.10. Security Hub stops checking them in that standard and archives their findings. Remove them from disabledStandardsControls, or list this resource in exemptResources once the exception is reviewed.",
        ]);
      });
    }
  });

  describe("values unknown at preview", () => {
    const cases: [string, PackResource][] = [
      ["a detector's enable", resource(DETECTOR_TYPE.v7, "gd", { enable: UNKNOWN })],
      ["an aws-native detector's enable", resource(DETECTOR_TYPE["aws-native"], "gd", { enable: UNKNOWN })],
      ["a recorder status's isEnabled", resource("aws:cfg/recorderStatus:RecorderStatus", "rs", { name: "acme", isEnabled: UNKNOWN })],
      [
        "a control's status",
        resource("aws:securityhub/standardsControl:StandardsControl", "c", { standardsControlArn: CONTROL_ARN, controlStatus: UNKNOWN }),
      ],
      [
        "an association's status",
        resource("aws:securityhub/standardsControlAssociation:StandardsControlAssociation", "a", {
          securityControlId: "IAM.1",
          standardsArn: CIS_3_0,
          associationStatus: UNKNOWN,
        }),
      ],
      [
        "a standard's whole disabledStandardsControls",
        resource("aws-native:securityhub:Standard", "s", { standardsArn: FSBP, disabledStandardsControls: UNKNOWN }),
      ],
      ["a configuration policy as a whole", resource(CONFIGURATION_POLICY_TYPE.v7, "p", { configurationPolicy: UNKNOWN })],
      [
        "serviceEnabled, with its standards list empty",
        resource(CONFIGURATION_POLICY_TYPE.v7, "p", { configurationPolicy: { serviceEnabled: UNKNOWN, enabledStandardArns: [] } }),
      ],
      [
        "a whole list of disabled controls",
        resource(CONFIGURATION_POLICY_TYPE["aws-native"], "p", {
          configurationPolicy: {
            securityHub: {
              serviceEnabled: true,
              enabledStandardIdentifiers: [FSBP],
              securityControlsConfiguration: { disabledSecurityControlIdentifiers: UNKNOWN },
            },
          },
        }),
      ],
    ];
    for (const [what, unknown] of cases) {
      it(`does not report ${what} unknown at preview`, () =>
        assert.deepStrictEqual(runResourcePolicy(detectiveServicesEnabled, unknown), []));
    }
    it("counts a listed control whose ARN or identifier is unknown: it is disabled whatever it turns out to be", () => {
      const standard = resource("aws-native:securityhub:Standard", "s", {
        standardsArn: FSBP,
        disabledStandardsControls: [{ standardsControlArn: UNKNOWN, reason: "r" }],
      });
      assert.match(
        (runResourcePolicy(detectiveServicesEnabled, standard) as string[])[0],
        /disables 1 control in disabledStandardsControls: a control whose ARN is unknown at preview\./,
      );
      const policy = resource(CONFIGURATION_POLICY_TYPE.v6, "p", {
        configurationPolicy: {
          serviceEnabled: true,
          enabledStandardArns: [FSBP],
          securityControlsConfiguration: { disabledControlIdentifiers: ["IAM.1", UNKNOWN] },
        },
      });
      assert.match(
        (runResourcePolicy(detectiveServicesEnabled, policy) as string[])[0],
        /disables 2 controls \(disabledControlIdentifiers: IAM\.1, one unknown at preview\)/,
      );
    });
    it("reads YAML's string booleans as the engine passes them", () => {
      assert.strictEqual(runResourcePolicy(detectiveServicesEnabled, resource(DETECTOR_TYPE.v7, "gd", { enable: "false" })).length, 1);
      assert.deepStrictEqual(runResourcePolicy(detectiveServicesEnabled, resource(DETECTOR_TYPE.v7, "gd", { enable: "true" })), []);
    });
  });

  it("does not apply to what it leaves alone: protection plans, the hub's own settings, the recorder, subscriptions", () => {
    for (const type of [
      "aws:guardduty/detectorFeature:DetectorFeature",
      "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
      "aws:securityhub/account:Account",
      "aws:securityhub/standardsSubscription:StandardsSubscription",
      "aws-native:securityhub:Hub",
      "aws:cfg/recorder:Recorder",
      "aws:s3/bucket:Bucket",
    ]) {
      assert.strictEqual(
        runResourcePolicy(detectiveServicesEnabled, resource(type, "r", { status: "DISABLED", enable: false })),
        NOT_APPLICABLE,
        type,
      );
    }
  });

  describe("exemptResources", () => {
    const control = resource("aws:securityhub/standardsControlAssociation:StandardsControlAssociation", "iam-1-eu-west-1", {
      securityControlId: "IAM.1",
      standardsArn: CIS_3_0,
      associationStatus: "DISABLED",
      updatedReason: "IAM is global: checked in us-east-1",
    });
    for (const [what, exemptResources] of [
      ["logical name", ["iam-1-eu-west-1"]],
      ["URN pattern", ["urn:pulumi:prod::team-app::aws:securityhub/standardsControlAssociation:StandardsControlAssociation::iam-1-*"]],
    ] as const) {
      it(`exempts a reviewed exception listed by ${what}`, () => {
        assert.deepStrictEqual(runResourcePolicy(detectiveServicesEnabled, control, { exemptResources: [...exemptResources] }), []);
      });
    }
    it("still rejects what is not listed, and matches the whole value", () => {
      assert.strictEqual(runResourcePolicy(detectiveServicesEnabled, control, { exemptResources: ["iam-1"] }).length, 1);
    });
  });

  describe("remediation", () => {
    it("turns a suspended detector and a stopped recorder back on, keeping every other input and unknown", () => {
      const detector = resource(DETECTOR_TYPE.v7, "gd", { enable: false, findingPublishingFrequency: "SIX_HOURS", tags: { team: "a" } });
      assert.deepStrictEqual(remediate(detectiveServicesEnabled, detector), {
        enable: true,
        findingPublishingFrequency: "SIX_HOURS",
        tags: { team: "a" },
      });
      const native = resource(DETECTOR_TYPE["aws-native"], "gd", { enable: false });
      assert.deepStrictEqual(remediate(detectiveServicesEnabled, native), { enable: true });
      const status = resource("aws:cfg/recorderStatus:RecorderStatus", "rs", { name: UNKNOWN, isEnabled: false });
      assert.deepStrictEqual(remediate(detectiveServicesEnabled, status), { name: UNKNOWN, isEnabled: true });
    });
    it("leaves alone what is on, exempt, or a control someone disabled with a reason", () => {
      assert.strictEqual(remediate(detectiveServicesEnabled, resource(DETECTOR_TYPE.v7, "gd", { enable: true })), undefined);
      assert.strictEqual(
        remediate(detectiveServicesEnabled, resource(DETECTOR_TYPE.v7, "gd", { enable: false }), { exemptResources: ["gd"] }),
        undefined,
      );
      const control = resource("aws:securityhub/standardsControl:StandardsControl", "c", {
        standardsControlArn: CONTROL_ARN,
        controlStatus: "DISABLED",
        disabledReason: "r",
      });
      assert.strictEqual(remediate(detectiveServicesEnabled, control), undefined);
    });
  });
});
