/**
 * The GuardDuty calls the live tools make, with @aws-sdk/client-guardduty's names and shapes
 * (tools/lib/live/jsonServiceClient.ts says why they are not that package). Wire format:
 * botocore 1.43.11 data/guardduty/2017-11-28/service-2.json (rest-json; members' wire names are
 * their `locationName`s, lower camel case); API reference
 * https://docs.aws.amazon.com/guardduty/latest/APIReference/.
 */
import type { MetadataBearer } from "@smithy/types";
import {
  asBoolean,
  asList,
  asNumber,
  asRecord,
  asString,
  asStrings,
  JsonClientOptions,
  JsonCommand,
  JsonRequest,
  JsonServiceClient,
  label,
} from "./jsonServiceClient";

export class GuardDutyClient extends JsonServiceClient {
  constructor(options: JsonClientOptions) {
    super({ endpointPrefix: "guardduty", signingName: "guardduty", serviceId: "GuardDuty", protocol: { kind: "rest-json" } }, options);
  }
}

export interface ListDetectorsCommandInput {
  MaxResults?: number;
  NextToken?: string;
}
export interface ListDetectorsCommandOutput extends MetadataBearer {
  DetectorIds?: string[];
  NextToken?: string;
}
/** GET /detector: the Region's detector (one per account and Region). */
export class ListDetectorsCommand extends JsonCommand<ListDetectorsCommandInput, ListDetectorsCommandOutput> {
  protected request(): JsonRequest {
    const query: Record<string, string> = {};
    if (this.input.MaxResults !== undefined) query.maxResults = String(this.input.MaxResults);
    if (this.input.NextToken !== undefined) query.nextToken = this.input.NextToken;
    return { operation: "ListDetectors", method: "GET", path: "/detector", query };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return { DetectorIds: asStrings(body.detectorIds), NextToken: asString(body.nextToken) };
  }
}

export interface DetectorFeatureConfigurationResult {
  Name?: string;
  Status?: string;
}
export interface GetDetectorCommandInput {
  DetectorId: string;
}
export interface GetDetectorCommandOutput extends MetadataBearer {
  /** `ENABLED` or `DISABLED`. */
  Status?: string;
  FindingPublishingFrequency?: string;
  Features?: DetectorFeatureConfigurationResult[];
}
/** GET /detector/{DetectorId}. */
export class GetDetectorCommand extends JsonCommand<GetDetectorCommandInput, GetDetectorCommandOutput> {
  protected request(): JsonRequest {
    return { operation: "GetDetector", method: "GET", path: `/detector/${label(this.input.DetectorId)}` };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return {
      Status: asString(body.status),
      FindingPublishingFrequency: asString(body.findingPublishingFrequency),
      Features: asList(body.features).map((f) => ({ Name: asString(asRecord(f).name), Status: asString(asRecord(f).status) })),
    };
  }
}

export interface CreateSampleFindingsCommandInput {
  DetectorId: string;
  /** At most 50; none generates one of every type. */
  FindingTypes?: string[];
}
export type CreateSampleFindingsCommandOutput = MetadataBearer;
/** POST /detector/{DetectorId}/findings/create. */
export class CreateSampleFindingsCommand extends JsonCommand<CreateSampleFindingsCommandInput, CreateSampleFindingsCommandOutput> {
  protected request(): JsonRequest {
    return {
      operation: "CreateSampleFindings",
      method: "POST",
      path: `/detector/${label(this.input.DetectorId)}/findings/create`,
      body: this.input.FindingTypes === undefined ? {} : { findingTypes: this.input.FindingTypes },
    };
  }
  protected output() {
    return {};
  }
}

/** A FindingCriteria condition (the members the tools use). */
export interface Condition {
  Equals?: string[];
  GreaterThanOrEqual?: number;
}
export interface ListFindingsCommandInput {
  DetectorId: string;
  FindingCriteria?: { Criterion?: Record<string, Condition> };
  MaxResults?: number;
  NextToken?: string;
}
export interface ListFindingsCommandOutput extends MetadataBearer {
  FindingIds?: string[];
  NextToken?: string;
}
/** POST /detector/{DetectorId}/findings. */
export class ListFindingsCommand extends JsonCommand<ListFindingsCommandInput, ListFindingsCommandOutput> {
  protected request(): JsonRequest {
    const criterion = Object.fromEntries(
      Object.entries(this.input.FindingCriteria?.Criterion ?? {}).map(([field, condition]) => [
        field,
        {
          ...(condition.Equals === undefined ? {} : { equals: condition.Equals }),
          ...(condition.GreaterThanOrEqual === undefined ? {} : { greaterThanOrEqual: condition.GreaterThanOrEqual }),
        },
      ]),
    );
    return {
      operation: "ListFindings",
      method: "POST",
      path: `/detector/${label(this.input.DetectorId)}/findings`,
      body: {
        findingCriteria: { criterion },
        ...(this.input.MaxResults === undefined ? {} : { maxResults: this.input.MaxResults }),
        ...(this.input.NextToken === undefined ? {} : { nextToken: this.input.NextToken }),
      },
    };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return { FindingIds: asStrings(body.findingIds), NextToken: asString(body.nextToken) };
  }
}

/** A finding (the members the tools read). */
export interface Finding {
  Id?: string;
  Type?: string;
  Title?: string;
  Severity?: number;
  AccountId?: string;
  Region?: string;
  CreatedAt?: string;
  UpdatedAt?: string;
  Service?: {
    Archived?: boolean;
    Count?: number;
    /** `Value` is JSON text: `{"sample":true}` on a sample finding. */
    AdditionalInfo?: { Value?: string; Type?: string };
  };
}
export interface GetFindingsCommandInput {
  DetectorId: string;
  FindingIds: string[];
}
export interface GetFindingsCommandOutput extends MetadataBearer {
  Findings?: Finding[];
}
/** POST /detector/{DetectorId}/findings/get. */
export class GetFindingsCommand extends JsonCommand<GetFindingsCommandInput, GetFindingsCommandOutput> {
  protected request(): JsonRequest {
    return {
      operation: "GetFindings",
      method: "POST",
      path: `/detector/${label(this.input.DetectorId)}/findings/get`,
      body: { findingIds: this.input.FindingIds },
    };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    return {
      Findings: asList(body.findings).map((raw): Finding => {
        const f = asRecord(raw);
        const service = asRecord(f.service);
        const info = asRecord(service.additionalInfo);
        return {
          Id: asString(f.id),
          Type: asString(f.type),
          Title: asString(f.title),
          Severity: asNumber(f.severity),
          AccountId: asString(f.accountId),
          Region: asString(f.region),
          CreatedAt: asString(f.createdAt),
          UpdatedAt: asString(f.updatedAt),
          Service: {
            Archived: asBoolean(service.archived),
            Count: asNumber(service.count),
            AdditionalInfo: { Value: asString(info.value), Type: asString(info.type) },
          },
        };
      }),
    };
  }
}

export interface ArchiveFindingsCommandInput {
  DetectorId: string;
  /** At most 50. */
  FindingIds: string[];
}
export type ArchiveFindingsCommandOutput = MetadataBearer;
/** POST /detector/{DetectorId}/findings/archive. */
export class ArchiveFindingsCommand extends JsonCommand<ArchiveFindingsCommandInput, ArchiveFindingsCommandOutput> {
  protected request(): JsonRequest {
    return {
      operation: "ArchiveFindings",
      method: "POST",
      path: `/detector/${label(this.input.DetectorId)}/findings/archive`,
      body: { findingIds: this.input.FindingIds },
    };
  }
  protected output() {
    return {};
  }
}
