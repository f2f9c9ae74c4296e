import { strict as assert } from "assert";
import { parseInvestigationConfig, RawInvestigationConfig } from "../../settings/investigation";

/** The day the tests plan on: archiveSince may not be later. */
const TODAY = new Date(Date.UTC(2026, 11, 7, 15, 30));
const problemsOf = (raw: RawInvestigationConfig) => parseInvestigationConfig(raw, TODAY).problems;

describe("investigation config", () => {
  it("turns every part on by default, with no chat", () => {
    assert.deepEqual(parseInvestigationConfig({}), {
      settings: {
        selfHealingTrail: true,
        slackChannel: undefined,
        athena: true,
        insightsQueries: true,
        dashboard: true,
        athenaBytesScannedCutoff: 10_000_000_000,
        archiveSince: "2020/01/01",
      },
      problems: [],
    });
  });

  it("accepts the day of the plan itself and the provider's smallest scan limit", () => {
    const { settings, problems } = parseInvestigationConfig(
      { investigation: { archiveSince: "2026/12/07", athenaBytesScannedCutoff: 10_485_760 } },
      TODAY,
    );
    assert.deepEqual(problems, []);
    assert.equal(settings.archiveSince, "2026/12/07");
    assert.equal(settings.athenaBytesScannedCutoff, 10_485_760);
  });

  it("reads every key", () => {
    const { settings, problems } = parseInvestigationConfig({
      selfHealingTrail: false,
      slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" },
      investigation: {
        athena: false,
        insightsQueries: false,
        dashboard: false,
        athenaBytesScannedCutoff: 10_485_760,
        archiveSince: "2024/02/29",
      },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      selfHealingTrail: false,
      slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" },
      athena: false,
      insightsQueries: false,
      dashboard: false,
      athenaBytesScannedCutoff: 10_485_760,
      archiveSince: "2024/02/29",
    });
  });

  const wrong: [string, RawInvestigationConfig, string][] = [
    [
      "selfHealingTrail that is not a boolean",
      { selfHealingTrail: "yes" },
      'selfHealingTrail: "yes" is not valid; expected true or false.',
    ],
    [
      "slackChannel that is not an object",
      { slackChannel: "C07EZ1ABC23" },
      'slackChannel: "C07EZ1ABC23" is not valid; expected { "workspaceId": "T07EA123LEP", "channelId": "C07EZ1ABC23" }.',
    ],
    [
      "slackChannel with an unknown field",
      { slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23", channel: "#alerts" } },
      "slackChannel.channel: unknown field of slackChannel; did you mean channelId? Known keys: workspaceId, channelId.",
    ],
    [
      "slackChannel without a workspace id",
      { slackChannel: { channelId: "C07EZ1ABC23" } },
      "slackChannel.workspaceId: missing; expected the workspace id",
    ],
    [
      "a workspace id in lower case",
      { slackChannel: { workspaceId: "t07ea123lep", channelId: "C07EZ1ABC23" } },
      'slackChannel.workspaceId: "t07ea123lep" is not valid; expected the workspace id',
    ],
    [
      "a workspace id that is too long",
      { slackChannel: { workspaceId: "T".repeat(256), channelId: "C07EZ1ABC23" } },
      "is not valid; 256 bytes is over the 255 allowed",
    ],
    [
      "an empty workspace id",
      { slackChannel: { workspaceId: "", channelId: "C07EZ1ABC23" } },
      "slackChannel.workspaceId: empty; expected the workspace id",
    ],
    [
      "a channel name instead of its id",
      { slackChannel: { workspaceId: "T07EA123LEP", channelId: "#security-alerts" } },
      'slackChannel.channelId: "#security-alerts" is not valid; expected the channel id (not its name)',
    ],
    [
      "a channel id that is a number",
      { slackChannel: { workspaceId: "T07EA123LEP", channelId: 7 } },
      "slackChannel.channelId: 7 is not valid; expected the channel id",
    ],
    [
      "investigation that is not an object",
      { investigation: true },
      "investigation: true is not valid; expected an object with any of athena, insightsQueries, dashboard, athenaBytesScannedCutoff, archiveSince.",
    ],
    [
      "an unknown part",
      { investigation: { chat: true } },
      "investigation.chat: unknown field of investigation. Known keys: athena, insightsQueries, dashboard, athenaBytesScannedCutoff, archiveSince.",
    ],
    [
      "a part switch that is not a boolean",
      { investigation: { dashboard: "off" } },
      'investigation.dashboard: "off" is not valid; expected true or false.',
    ],
    [
      "a scan limit under Athena's minimum",
      { investigation: { athenaBytesScannedCutoff: 9_999_999 } },
      "investigation.athenaBytesScannedCutoff: 9999999 is not valid; expected a whole number of bytes of at least 10,485,760 (10 MiB",
    ],
    [
      "a scan limit Athena's API takes but the provider refuses (10,000,000 to 10,485,759)",
      { investigation: { athenaBytesScannedCutoff: 10_485_759 } },
      "investigation.athenaBytesScannedCutoff: 10485759 is not valid; expected a whole number of bytes of at least 10,485,760 (10 MiB",
    ],
    [
      "a start day that is not a day of the calendar",
      { investigation: { archiveSince: "2025/02/29" } },
      'investigation.archiveSince: "2025/02/29" is not valid; expected the archive\'s first day as yyyy/MM/dd, such as 2024/01/01: 2025/02/29 is not a day of the calendar.',
    ],
    [
      "a start day after the day of the plan",
      { investigation: { archiveSince: "2026/12/08" } },
      'investigation.archiveSince: "2026/12/08" is not valid; expected the archive\'s first day as yyyy/MM/dd, such as 2024/01/01, not after today (2026/12/07).',
    ],
    [
      "a scan limit that is not whole bytes",
      { investigation: { athenaBytesScannedCutoff: 1e10 + 0.5 } },
      "investigation.athenaBytesScannedCutoff: 10000000000.5 is not valid",
    ],
    [
      "a start day in another format",
      { investigation: { archiveSince: "2024-01-01" } },
      'investigation.archiveSince: "2024-01-01" is not valid; expected the archive\'s first day as yyyy/MM/dd, such as 2024/01/01.',
    ],
  ];
  for (const [label, raw, message] of wrong) {
    it(`refuses ${label}, naming the key`, () => {
      const problems = problemsOf(raw);
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.ok(problems[0].startsWith(message) || problems[0].includes(message), `${problems[0]}\ndoes not contain\n${message}`);
    });
  }

  it("drops a bad slackChannel rather than deploy half of it", () => {
    assert.equal(
      parseInvestigationConfig({ slackChannel: { workspaceId: "T07EA123LEP", channelId: "#alerts" } }).settings.slackChannel,
      undefined,
    );
  });

  it("cites the API rule in a format problem", () => {
    assert.match(
      problemsOf({ slackChannel: { workspaceId: "T07EA123LEP", channelId: "C-1" } })[0],
      /API_CreateSlackChannelConfiguration\.html/,
    );
  });
});
