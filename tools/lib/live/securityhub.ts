/**
 * The Security Hub calls the live tools make, with @aws-sdk/client-securityhub's names and shapes
 * (tools/lib/live/jsonServiceClient.ts says why they are not that package). Wire format: botocore
 * 1.43.11 data/securityhub/2018-10-26/service-2.json (rest-json; the members' wire names are
 * their names); API reference https://docs.aws.amazon.com/securityhub/1.0/APIReference/.
 */
import type { MetadataBearer } from "@smithy/types";
import { asList, asNumber, asRecord, asString, JsonClientOptions, JsonCommand, JsonRequest, JsonServiceClient } from "./jsonServiceClient";

export class SecurityHubClient extends JsonServiceClient {
  constructor(options: JsonClientOptions) {
    super(
      { endpointPrefix: "securityhub", signingName: "securityhub", serviceId: "SecurityHub", protocol: { kind: "rest-json" } },
      options,
    );
  }
}

export interface DescribeHubCommandInput {
  HubArn?: string;
}
export interface DescribeHubCommandOutput extends MetadataBearer {
  HubArn?: string;
  SubscribedAt?: string;
  AutoEnableControls?: boolean;
  ControlFindingGenerator?: string;
}
/** GET /accounts: the account's hub in the Region; InvalidAccessException when Security Hub is off. */
export class DescribeHubCommand extends JsonCommand<DescribeHubCommandInput, DescribeHubCommandOutput> {
  protected request(): JsonRequest {
    return {
      operation: "DescribeHub",
      method: "GET",
      path: "/accounts",
      query: this.input.HubArn === undefined ? {} : { HubArn: this.input.HubArn },
    };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return {
      HubArn: asString(body.HubArn),
      SubscribedAt: asString(body.SubscribedAt),
      AutoEnableControls: typeof body.AutoEnableControls === "boolean" ? body.AutoEnableControls : undefined,
      ControlFindingGenerator: asString(body.ControlFindingGenerator),
    };
  }
}

export interface StandardsSubscription {
  StandardsSubscriptionArn?: string;
  StandardsArn?: string;
  /** PENDING, READY, FAILED, DELETING or INCOMPLETE. */
  StandardsStatus?: string;
  StandardsStatusReason?: { StatusReasonCode?: string };
}
export interface GetEnabledStandardsCommandInput {
  NextToken?: string;
  MaxResults?: number;
}
export interface GetEnabledStandardsCommandOutput extends MetadataBearer {
  StandardsSubscriptions?: StandardsSubscription[];
  NextToken?: string;
}
/** POST /standards/get. */
export class GetEnabledStandardsCommand extends JsonCommand<GetEnabledStandardsCommandInput, GetEnabledStandardsCommandOutput> {
  protected request(): JsonRequest {
    return { operation: "GetEnabledStandards", method: "POST", path: "/standards/get", body: { ...this.input } };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return {
      StandardsSubscriptions: asList(body.StandardsSubscriptions).map((raw): StandardsSubscription => {
        const s = asRecord(raw);
        return {
          StandardsSubscriptionArn: asString(s.StandardsSubscriptionArn),
          StandardsArn: asString(s.StandardsArn),
          StandardsStatus: asString(s.StandardsStatus),
          StandardsStatusReason: { StatusReasonCode: asString(asRecord(s.StandardsStatusReason).StatusReasonCode) },
        };
      }),
      NextToken: asString(body.NextToken),
    };
  }
}

/** An ASFF finding: the attributes the drill sets and reads (AWS Security Finding Format). */
export interface AwsSecurityFinding {
  SchemaVersion?: string;
  Id?: string;
  ProductArn?: string;
  ProductName?: string;
  GeneratorId?: string;
  AwsAccountId?: string;
  Region?: string;
  Types?: string[];
  CreatedAt?: string;
  UpdatedAt?: string;
  Severity?: { Label?: string };
  Title?: string;
  Description?: string;
  Resources?: { Type?: string; Id?: string; Partition?: string; Region?: string }[];
  Compliance?: { Status?: string; SecurityControlId?: string };
  Workflow?: { Status?: string };
  RecordState?: string;
  ProductFields?: Record<string, string>;
}
export interface AwsSecurityFindingIdentifier {
  Id: string;
  ProductArn: string;
}

export interface BatchImportFindingsCommandInput {
  Findings: AwsSecurityFinding[];
}
export interface BatchImportFindingsCommandOutput extends MetadataBearer {
  FailedCount?: number;
  SuccessCount?: number;
  FailedFindings?: { Id?: string; ErrorCode?: string; ErrorMessage?: string }[];
}
/** POST /findings/import. */
export class BatchImportFindingsCommand extends JsonCommand<BatchImportFindingsCommandInput, BatchImportFindingsCommandOutput> {
  protected request(): JsonRequest {
    return { operation: "BatchImportFindings", method: "POST", path: "/findings/import", body: { Findings: this.input.Findings } };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return {
      FailedCount: asNumber(body.FailedCount),
      SuccessCount: asNumber(body.SuccessCount),
      FailedFindings: asList(body.FailedFindings).map((raw) => {
        const f = asRecord(raw);
        return { Id: asString(f.Id), ErrorCode: asString(f.ErrorCode), ErrorMessage: asString(f.ErrorMessage) };
      }),
    };
  }
}

export interface GetFindingsCommandInput {
  Filters?: { Id?: { Value: string; Comparison: "EQUALS" }[]; ProductArn?: { Value: string; Comparison: "EQUALS" }[] };
  MaxResults?: number;
}
export interface GetFindingsCommandOutput extends MetadataBearer {
  Findings?: AwsSecurityFinding[];
}
/** POST /findings. The findings come back as stored, ASFF as imported. */
export class GetFindingsCommand extends JsonCommand<GetFindingsCommandInput, GetFindingsCommandOutput> {
  protected request(): JsonRequest {
    return { operation: "GetFindings", method: "POST", path: "/findings", body: { ...this.input } };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return { Findings: asList(body.Findings).map((raw) => asRecord(raw) as AwsSecurityFinding) };
  }
}

export interface BatchUpdateFindingsCommandInput {
  FindingIdentifiers: AwsSecurityFindingIdentifier[];
  Note?: { Text: string; UpdatedBy: string };
  Workflow?: { Status: "NEW" | "NOTIFIED" | "RESOLVED" | "SUPPRESSED" };
}
export interface BatchUpdateFindingsCommandOutput extends MetadataBearer {
  ProcessedFindings?: AwsSecurityFindingIdentifier[];
  UnprocessedFindings?: { FindingIdentifier?: AwsSecurityFindingIdentifier; ErrorCode?: string; ErrorMessage?: string }[];
}
/** PATCH /findings/batchupdate. */
export class BatchUpdateFindingsCommand extends JsonCommand<BatchUpdateFindingsCommandInput, BatchUpdateFindingsCommandOutput> {
  protected request(): JsonRequest {
    return { operation: "BatchUpdateFindings", method: "PATCH", path: "/findings/batchupdate", body: { ...this.input } };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    const identifier = (raw: unknown): AwsSecurityFindingIdentifier => ({
      Id: asString(asRecord(raw).Id) ?? "",
      ProductArn: asString(asRecord(raw).ProductArn) ?? "",
    });
    return {
      ProcessedFindings: asList(body.ProcessedFindings).map(identifier),
      UnprocessedFindings: asList(body.UnprocessedFindings).map((raw) => {
        const u = asRecord(raw);
        return {
          FindingIdentifier: identifier(u.FindingIdentifier),
          ErrorCode: asString(u.ErrorCode),
          ErrorMessage: asString(u.ErrorMessage),
        };
      }),
    };
  }
}
