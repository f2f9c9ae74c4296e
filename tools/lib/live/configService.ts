/**
 * The AWS Config call `verify` makes, with @aws-sdk/client-config-service's names and shapes
 * (tools/lib/live/jsonServiceClient.ts says why it is not that package). Wire format: botocore
 * 1.43.11 data/config/2014-11-12/service-2.json (JSON 1.1, target prefix StarlingDoveService);
 * API reference https://docs.aws.amazon.com/config/latest/APIReference/.
 */
import type { MetadataBearer } from "@smithy/types";
import {
  asBoolean,
  asList,
  asNumber,
  asRecord,
  asString,
  JsonClientOptions,
  JsonCommand,
  JsonRequest,
  JsonServiceClient,
} from "./jsonServiceClient";

export class ConfigServiceClient extends JsonServiceClient {
  constructor(options: JsonClientOptions) {
    super(
      {
        endpointPrefix: "config",
        signingName: "config",
        serviceId: "Config Service",
        protocol: { kind: "json", targetPrefix: "StarlingDoveService" },
      },
      options,
    );
  }
}

export interface ConfigurationRecorderStatus {
  name?: string;
  recording?: boolean;
  /** Pending, Success or Failure. */
  lastStatus?: string;
  lastErrorCode?: string;
  lastErrorMessage?: string;
  lastStartTime?: Date;
  lastStatusChangeTime?: Date;
}
export interface DescribeConfigurationRecorderStatusCommandInput {
  ConfigurationRecorderNames?: string[];
}
export interface DescribeConfigurationRecorderStatusCommandOutput extends MetadataBearer {
  ConfigurationRecordersStatus?: ConfigurationRecorderStatus[];
}
/** Every recorder of the Region without names; NoSuchConfigurationRecorderException for a name that is not there. */
export class DescribeConfigurationRecorderStatusCommand extends JsonCommand<
  DescribeConfigurationRecorderStatusCommandInput,
  DescribeConfigurationRecorderStatusCommandOutput
> {
  protected request(): JsonRequest {
    return { operation: "DescribeConfigurationRecorderStatus", method: "POST", path: "/", body: { ...this.input } };
  }
  protected output(body: Readonly<Record<string, unknown>>) {
    // Timestamps are epoch seconds in JSON 1.1.
    const date = (value: unknown): Date | undefined => (asNumber(value) === undefined ? undefined : new Date(asNumber(value)! * 1000));
    return {
      ConfigurationRecordersStatus: asList(body.ConfigurationRecordersStatus).map((raw): ConfigurationRecorderStatus => {
        const s = asRecord(raw);
        return {
          name: asString(s.name),
          recording: asBoolean(s.recording),
          lastStatus: asString(s.lastStatus),
          lastErrorCode: asString(s.lastErrorCode),
          lastErrorMessage: asString(s.lastErrorMessage),
          lastStartTime: date(s.lastStartTime),
          lastStatusChangeTime: date(s.lastStatusChangeTime),
        };
      }),
    };
  }
}
