/**
 * Athena sees every account that writes into the archive. The table's location template and
 * projection are held to the S3 layout CloudTrail documents ("Finding your CloudTrail log
 * files": `AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<file>`, and for an organization
 * trail `AWSLogs/<o-id>/<account>/CloudTrail/<region>/YYYY/MM/DD/<file>`): every account and
 * Region a log file can come from is projected, and the projected path is the file's prefix.
 */
import { strict as assert } from "assert";
import { buildStack } from "../helpers/baselineHarness";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";

interface Table {
  readonly parameters: Record<string, string>;
  readonly storageDescriptor: { readonly location: string };
}

/** The object key CloudTrail writes for one account, Region and day (documented layout). */
function cloudTrailKey(organizationId: string | undefined, account: string, region: string, day: string): string {
  const [y, m, d] = day.split("/");
  const file = `${account}_CloudTrail_${region}_${y}${m}${d}T0000Z_a1b2c3d4e5f6g7h8.json.gz`;
  return `AWSLogs/${organizationId ? `${organizationId}/` : ""}${account}/CloudTrail/${region}/${y}/${m}/${d}/${file}`;
}

/** The path Athena projects for one partition, from the table's template. */
function projected(table: Table, account: string, region: string, day: string): string {
  return table.parameters["storage.location.template"]
    .replace("${account}", account)
    .replace("${region}", region)
    .replace("${timestamp}", day);
}

async function tableOf(config: Record<string, unknown>): Promise<Table> {
  const stack = await buildStack({ regions: ["eu-west-1"], ...config } as never, "athena");
  const [table] = stack.ofType("aws:glue/catalogTable:CatalogTable");
  return table.inputs as unknown as Table;
}

function assertLayout(table: Table, organizationId: string | undefined, accounts: readonly string[]): void {
  assert.deepEqual(table.parameters["projection.account.type"], "enum");
  assert.deepEqual(table.parameters["projection.account.values"].split(","), accounts);
  const regions = table.parameters["projection.region.values"].split(",");
  assert.ok(regions.includes("eu-west-1") && regions.includes("us-east-1"), "every Region the multi-Region trail records");
  assert.equal(table.parameters["projection.timestamp.format"], "yyyy/MM/dd");
  const bucket = /^s3:\/\/([^/]+)\//.exec(table.storageDescriptor.location)![1];
  for (const account of accounts) {
    const key = cloudTrailKey(organizationId, account, "ap-southeast-2", "2026/11/30");
    const path = projected(table, account, "ap-southeast-2", "2026/11/30");
    assert.ok(`s3://${bucket}/${key}`.startsWith(`${path}/`), `${key} is not under ${path}`);
    assert.ok(path.startsWith(table.storageDescriptor.location));
  }
}

describe("Athena over every account of the archive", function () {
  this.timeout(60_000);

  it("projects this account alone for a single-account trail", async () => {
    assertLayout(await tableOf({}), undefined, [MOCK_ACCOUNT_ID]);
  });

  it("projects this account and every memberAccounts id, whose trails write AWSLogs/<their id>/", async () => {
    assertLayout(
      await tableOf({ memberAccounts: ["999988887777", "444455556666"] }),
      undefined,
      [MOCK_ACCOUNT_ID, "444455556666", "999988887777"].sort(),
    );
  });

  it("projects the organization's accounts under AWSLogs/<o-id>/ for an organization trail, as ListAccounts returns them", async () => {
    const table = await tableOf({ organizationTrail: true, organizationId: "o-a1b2c3d4e5", managementAccountId: "444455556666" });
    // The offline plan answers ListAccounts with the accounts the config names (README, The plan JSON).
    assertLayout(table, "o-a1b2c3d4e5", ["111122223333", "444455556666"]);
  });
});
