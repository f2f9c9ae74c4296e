/**
 * What `plan` runs the pack with (tools/plan/planPolicyConfig.ts): the stack's own residency
 * exemptions, computed from the config the program ran with, merged into the user's file.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { residencyPolicyConfig } from "../../settings/coverage";
import { exemptionLine, mergePolicyConfig, stackExemptions } from "../../tools/plan/planPolicyConfig";

const PROJECT = "aws-security-baseline";
const OWN = residencyPolicyConfig("acme", { residencyTrails: [{ region: "eu-central-1", expireAfterDays: 3653 }] });
const TRAIL = "acme-residency-eu-central-1";

describe("plan's policy config: the stack's own exemptions", () => {
  it("are residencyPolicyConfig's entries for the trail name and residency trails the config resolves to", () => {
    const config = {
      [`${PROJECT}:regions`]: JSON.stringify(["eu-west-1", "eu-central-1"]),
      [`${PROJECT}:trailName`]: "acme",
      [`${PROJECT}:residencyTrails`]: JSON.stringify([{ region: "eu-central-1", expireAfterDays: 3653 }]),
      "aws:region": "eu-west-1",
    };
    assert.deepEqual(stackExemptions(PROJECT, config), OWN);
  });

  it("use the default trail name when the stack sets none", () => {
    const config = {
      [`${PROJECT}:regions`]: JSON.stringify(["eu-west-1", "eu-central-1"]),
      [`${PROJECT}:residencyTrails`]: JSON.stringify([{ region: "eu-central-1" }]),
    };
    assert.deepEqual(stackExemptions(PROJECT, config)["cloudtrail-multi-region"], {
      exemptTrails: ["security-baseline-residency-eu-central-1"],
    });
  });

  it("are none for a stack without residency trails, and plan says nothing", () => {
    const own = stackExemptions(PROJECT, { [`${PROJECT}:regions`]: JSON.stringify(["eu-west-1"]) });
    assert.deepEqual(own, {});
    assert.equal(exemptionLine(own), undefined);
  });
});

describe("plan's policy config: merging the user's file", () => {
  it("adds the entries to an empty config as they are", () => {
    assert.deepEqual(mergePolicyConfig({}, OWN), OWN);
  });

  it("leaves the user's config as it is when the stack needs no exemption", () => {
    const user = { all: "advisory", "vpc-flow-logs": { exemptVpcs: ["legacy"] } } as const;
    assert.deepEqual(mergePolicyConfig(user, {}), user);
  });

  it("unions exemptTrails (the user's first, no trail twice) and keeps the user's levels and other settings", () => {
    const user = {
      all: "advisory",
      "cloudtrail-multi-region": { enforcementLevel: "disabled", exemptTrails: ["team-trail", TRAIL] },
      "cloudtrail-global-service-events": "mandatory",
      "cloudtrail-cis-monitoring-alarms": { exemptTrails: ["acme-*"] },
      "vpc-flow-logs": { exemptVpcs: ["legacy"] },
    } as const;
    assert.deepEqual(mergePolicyConfig(user, OWN), {
      all: "advisory",
      "cloudtrail-multi-region": { enforcementLevel: "disabled", exemptTrails: ["team-trail", TRAIL] },
      "cloudtrail-global-service-events": { enforcementLevel: "mandatory", exemptTrails: [TRAIL] },
      "cloudtrail-cis-monitoring-alarms": { exemptTrails: ["acme-*", TRAIL] },
      "vpc-flow-logs": { exemptVpcs: ["legacy"] },
    });
  });

  it("names the exempted trails and the policies in one line", () => {
    assert.equal(
      exemptionLine(OWN),
      `Policy pack config: the stack's residency trails (${TRAIL}) are exempt from cloudtrail-multi-region, cloudtrail-global-service-events, cloudtrail-cis-monitoring-alarms (residencyTrails; --write-policy-config writes this config for pulumi preview).`,
    );
  });
});

describe("README, Logging coverage, Policy pack", () => {
  it("shows the file --write-policy-config writes for one residency trail in eu-central-1 and no config of the user's", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const paragraph = readme.slice(readme.indexOf("**Policy pack.** A residency trail"));
    const shown = /```json\n([\s\S]*?)```/.exec(paragraph)?.[1];
    const written = mergePolicyConfig(
      {},
      residencyPolicyConfig("security-baseline", { residencyTrails: [{ region: "eu-central-1", expireAfterDays: 3653 }] }),
    );
    assert.equal(shown, `${JSON.stringify(written, null, 2)}\n`);
  });
});
