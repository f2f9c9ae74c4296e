/**
 * Names a plan's CloudWatch alarms by catalogue id, so the comment says "root-account-usage
 * removed" rather than listing a resource URN.
 */
import { ALARMS, DELIVERY_HEARTBEAT_ALARM, METRIC_NAMESPACE, SECRET_READ_ALARM } from "../../policy/catalogue";
import { PlanResource } from "../lib/planTypes";
import { METRIC_ALARM } from "./planDiffReplacement";

export interface AlarmIdentity {
  /** Catalogue id, or the id a custom alarm was configured with. */
  readonly id: string;
  /** Title from the catalogue; undefined for custom alarms. */
  readonly title?: string;
  readonly catalogued: boolean;
}

const BY_METRIC = new Map<string, { id: string; title: string }>([
  ...ALARMS.map((a): [string, { id: string; title: string }] => [`${METRIC_NAMESPACE}/${a.metricName}`, a]),
  [`${METRIC_NAMESPACE}/${SECRET_READ_ALARM.metricName}`, SECRET_READ_ALARM],
  [`${DELIVERY_HEARTBEAT_ALARM.namespace}/${DELIVERY_HEARTBEAT_ALARM.metricName}`, DELIVERY_HEARTBEAT_ALARM],
]);

/** The component names alarms `<component>-alarm-<id>`. */
const ALARM_NAME_SUFFIX = /-alarm-([a-z0-9][a-z0-9-]*)$/;

export function isAlarm(resource: PlanResource): boolean {
  return resource.type === METRIC_ALARM;
}

/**
 * The alarm's id: by its metric (namespace + metricName) when the catalogue knows it,
 * else from the resource name the component gives it, else its alarmName.
 */
export function alarmIdentity(resource: PlanResource): AlarmIdentity {
  const namespace = resource.inputs.namespace;
  const metricName = resource.inputs.metricName;
  if (typeof namespace === "string" && typeof metricName === "string") {
    const known = BY_METRIC.get(`${namespace}/${metricName}`);
    if (known) return { id: known.id, title: known.title, catalogued: true };
  }
  const fromName = ALARM_NAME_SUFFIX.exec(resource.name);
  if (fromName) return { id: fromName[1], catalogued: false };
  const alarmName = resource.inputs.alarmName;
  return { id: typeof alarmName === "string" ? alarmName : resource.name, catalogued: false };
}
