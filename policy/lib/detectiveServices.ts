/**
 * What one resource turns off of the detective services (GuardDuty, AWS Config, Security Hub),
 * read from its settled inputs. Each form is a property the provider documents:
 * - `aws:guardduty/detector:Detector` `enable` (v6 and v7 DetectorArgs: "Setting to `false` is
 *   equivalent to "suspending" GuardDuty. Defaults to `true`"); aws-native `enable`, required
 *   (CloudFormation AWS::GuardDuty::Detector `Enable`).
 * - `aws:cfg/recorderStatus:RecorderStatus` `isEnabled` (v6 and v7, required): false stops the
 *   recorder (StopConfigurationRecorder). aws-native has no recorder type.
 * - `aws:securityhub/standardsControl:StandardsControl` `controlStatus` "DISABLED" (the provider
 *   sends it to UpdateStandardsControl as declared, terraform-provider-aws
 *   internal/service/securityhub/standards_control.go); `aws:securityhub/standardsControlAssociation`
 *   `associationStatus` "DISABLED" (BatchUpdateStandardsControlAssociations,
 *   standards_control_association.go); aws-native `aws-native:securityhub:Standard`
 *   `disabledStandardsControls` (CloudFormation AWS::SecurityHub::Standard).
 * - A central configuration policy, `aws:securityhub/configurationPolicy:ConfigurationPolicy`
 *   `configurationPolicy.{serviceEnabled, enabledStandardArns, securityControlsConfiguration}` and
 *   aws-native's `configurationPolicy.securityHub.{serviceEnabled, enabledStandardIdentifiers,
 *   securityControlsConfiguration}`: Security Hub off, no standard, controls listed as disabled,
 *   or an allow-list of enabled controls, which disables every other control, new ones included
 *   (API SecurityControlsConfiguration).
 * A value unknown at preview turns nothing off; deleting a resource is plan-diff's to report.
 */
import { asArray, asObject, boolInput, isUnknown, Json, Props, stringInput } from "./props";
import { CONFIG_RECORDER_STATUS_TYPES, GUARDDUTY_DETECTOR_TYPES, isNative, oneOf } from "./resourceTypes";

const STANDARDS_CONTROL = "aws:securityhub/standardsControl:StandardsControl";
const STANDARDS_CONTROL_ASSOCIATION = "aws:securityhub/standardsControlAssociation:StandardsControlAssociation";
const NATIVE_STANDARD = "aws-native:securityhub:Standard";
const CONFIGURATION_POLICIES: readonly string[] = [
  "aws:securityhub/configurationPolicy:ConfigurationPolicy",
  "aws-native:securityhub:ConfigurationPolicy",
];

const UNKNOWN_AT_PREVIEW = "one unknown at preview";

/** The way out for a Security Hub exception someone decided on: the pack cannot judge the reason given. */
const REVIEWED = "or list this resource in exemptResources once the exception is reviewed";

/** Every message for what `props` turns off; empty when nothing is (or it is unknown at preview). */
export function detectionTurnedOff(type: string, name: string, props: Props): string[] {
  if (oneOf(GUARDDUTY_DETECTOR_TYPES, type)) return guardDutyDetector(type, name, props);
  if (oneOf(CONFIG_RECORDER_STATUS_TYPES, type)) return recorderStatus(name, props);
  if (type === STANDARDS_CONTROL) return standardsControl(name, props);
  if (type === STANDARDS_CONTROL_ASSOCIATION) return standardsControlAssociation(name, props);
  if (type === NATIVE_STANDARD) return nativeStandard(name, props);
  if (CONFIGURATION_POLICIES.includes(type)) return configurationPolicy(type, name, props);
  return [];
}

/**
 * The inputs with the service switched back on, for the two one-property switches (a detector's
 * `enable`, a recorder status's `isEnabled`); undefined when it is on, unknown or not one of them.
 * A disabled Security Hub control carries the reason its owner gave, and is left to its owner.
 */
export function switchedOn(type: string, props: Props): Props | undefined {
  if (oneOf(GUARDDUTY_DETECTOR_TYPES, type)) return boolInput(props.enable) === false ? { ...props, enable: true } : undefined;
  if (oneOf(CONFIG_RECORDER_STATUS_TYPES, type)) return boolInput(props.isEnabled) === false ? { ...props, isEnabled: true } : undefined;
  return undefined;
}

function guardDutyDetector(type: string, name: string, props: Props): string[] {
  if (boolInput(props.enable) !== false) return [];
  const fix = isNative(type) ? "Set enable: true." : "Set enable: true, or leave it out (the default is true).";
  return [
    `GuardDuty detector '${name}' has enable: false: GuardDuty is suspended in the detector's Region: it stops monitoring this account there and generates no new findings (Security Hub GuardDuty.1). ${fix}`,
  ];
}

function recorderStatus(name: string, props: Props): string[] {
  if (boolInput(props.isEnabled) !== false) return [];
  const recorder = stringInput(props.name);
  const which = recorder === undefined || recorder === "unknown" ? "" : ` (recorder '${recorder}')`;
  return [
    `AWS Config recorder status '${name}'${which} has isEnabled: false: the recorder is stopped, so AWS Config records no configuration change in its Region and the Security Hub controls built on AWS Config rules stop evaluating (CIS 3.5, Security Hub Config.1). Set isEnabled: true.`,
  ];
}

function standardsControl(name: string, props: Props): string[] {
  if (stringInput(props.controlStatus) !== "DISABLED") return [];
  return [
    `Security Hub standards control '${name}' has controlStatus: "DISABLED" for ${controlOf(props.standardsControlArn)}${reasonOf(props.disabledReason)}: Security Hub stops checking that control in its standard and archives the control's findings. Set controlStatus: "ENABLED" and run pulumi up before removing the resource (removing it leaves the control disabled), ${REVIEWED}.`,
  ];
}

function standardsControlAssociation(name: string, props: Props): string[] {
  if (stringInput(props.associationStatus) !== "DISABLED") return [];
  const control = stringInput(props.securityControlId);
  return [
    `Security Hub standards control association '${name}' has associationStatus: "DISABLED" for ${control === undefined || control === "unknown" ? "a control unknown at preview" : control} in ${standardOf(props.standardsArn)}${reasonOf(props.updatedReason)}: Security Hub stops checking that control in the standard and archives the control's findings there. Set associationStatus: "ENABLED" and run pulumi up before removing the resource (removing it leaves the control disabled), ${REVIEWED}.`,
  ];
}

function nativeStandard(name: string, props: Props): string[] {
  const listed = props.disabledStandardsControls;
  if (isUnknown(listed)) return [];
  const controls = asArray(listed).map((entry) =>
    isUnknown(entry) ? UNKNOWN_AT_PREVIEW : controlOf(asObject(entry)?.standardsControlArn),
  );
  if (controls.length === 0) return [];
  const them = controls.length === 1 ? "it" : "them";
  return [
    `Security Hub standard '${name}' (${standardOf(props.standardsArn)}) disables ${count(controls.length, "control")} in disabledStandardsControls: ${listOf(controls)}. Security Hub stops checking ${them} in that standard and archives ${controls.length === 1 ? "its" : "their"} findings. Remove ${them} from disabledStandardsControls, ${REVIEWED}.`,
  ];
}

function configurationPolicy(type: string, name: string, props: Props): string[] {
  const native = isNative(type);
  const policy = asObject(props.configurationPolicy);
  const hub = native ? asObject(policy?.securityHub) : policy;
  if (!hub) return [];
  const what = `Security Hub configuration policy '${name}'`;
  const serviceEnabled = boolInput(hub.serviceEnabled);
  if (serviceEnabled === false) {
    return [
      `${what} has serviceEnabled: false: each account and organizational unit it is associated with has Security Hub disabled, every standard and control with it, in the home Region and every linked Region (CIS v3.0 4.16). Set serviceEnabled: true and list the standards to enable.`,
    ];
  }
  const out: string[] = [];
  const standardsField = native ? "enabledStandardIdentifiers" : "enabledStandardArns";
  const standards = hub[standardsField];
  if (serviceEnabled === true && Array.isArray(standards) && standards.length === 0) {
    out.push(
      `${what} enables no standard (${standardsField} is empty): Security Hub runs no control in the accounts it is associated with (CIS v3.0 4.16). List the standards to enable, such as AWS Foundational Security Best Practices and CIS AWS Foundations.`,
    );
  }
  const controls = asObject(hub.securityControlsConfiguration);
  if (!controls) return out;
  const disabledField = native ? "disabledSecurityControlIdentifiers" : "disabledControlIdentifiers";
  const enabledField = native ? "enabledSecurityControlIdentifiers" : "enabledControlIdentifiers";
  const disabled = identifiers(controls[disabledField]);
  if (disabled !== undefined && disabled.length > 0) {
    const them = disabled.length === 1 ? "it" : "them";
    out.push(
      `${what} disables ${count(disabled.length, "control")} (${disabledField}: ${listOf(disabled)}) in each account it is associated with: Security Hub stops checking ${them} there. Remove ${them} from ${disabledField}, ${REVIEWED}.`,
    );
  }
  const enabled = identifiers(controls[enabledField]);
  if (enabled !== undefined) {
    const only =
      enabled.length === 0
        ? `enables no control (${enabledField} is empty)`
        : `enables only ${count(enabled.length, "control")} (${enabledField}: ${listOf(enabled)})`;
    out.push(
      `${what} ${only}: Security Hub disables every other control of its standards, controls AWS releases later included. List the controls to turn off in ${disabledField} instead, ${REVIEWED}.`,
    );
  }
  return out;
}

/** A list of control identifiers: undefined when absent or unknown as a whole. */
function identifiers(value: Json | undefined): string[] | undefined {
  if (value === undefined || value === null || isUnknown(value) || !Array.isArray(value)) return undefined;
  return value.map((id) => {
    const known = stringInput(id);
    return known === undefined || known === "unknown" ? UNKNOWN_AT_PREVIEW : known;
  });
}

/** `arn:aws:securityhub:<region>:<account>:control/<standard>/v/<version>/<id>` -> `<standard>/v/<version>/<id>`. */
function controlOf(arn: Json | undefined): string {
  const known = stringInput(arn);
  if (known === undefined || known === "unknown") return "a control whose ARN is unknown at preview";
  const match = /:control\/(.+)$/.exec(known);
  return match ? match[1] : known;
}

/** `arn:aws:securityhub:<region>::standards/<name>/v/<version>` (or `:::ruleset/...`) -> `<name>/v/<version>`. */
function standardOf(arn: Json | undefined): string {
  const known = stringInput(arn);
  if (known === undefined || known === "unknown") return "a standard unknown at preview";
  const match = /:(?:standards|ruleset)\/(.+)$/.exec(known);
  return match ? match[1] : known;
}

function reasonOf(reason: Json | undefined): string {
  const known = stringInput(reason);
  return known === undefined || known === "unknown" ? "" : ` (reason: "${known}")`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The first five, then how many more. */
function listOf(items: readonly string[]): string {
  return items.length <= 5 ? items.join(", ") : `${items.slice(0, 5).join(", ")} and ${items.length - 5} more`;
}
