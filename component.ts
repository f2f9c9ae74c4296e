/**
 * The component package: what `pulumi package add` offers every Pulumi language. Its name
 * makes the type tokens `baseline:index:<Name>`, which Pulumi requires of a source-based
 * component package (`<package>:index:<Name>`, ComponentProvider.validateResourceType).
 */
import { MonitoringBaseline } from "./components/monitoringBaseline";

export { MonitoringBaseline };
export type { MonitoringBaselineArgs, CustomAlarmArgs } from "./settings/args";
export type { BaselineAlarm, BaselineRealtimeRule } from "./components/monitoringBaseline";

export const COMPONENT_PACKAGE = { name: "baseline", components: [MonitoringBaseline] };
