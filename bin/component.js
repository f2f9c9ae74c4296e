"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMPONENT_PACKAGE = exports.MonitoringBaseline = void 0;
/**
 * The component package: what `pulumi package add` offers every Pulumi language. Its name
 * makes the type tokens `baseline:index:<Name>`, which Pulumi requires of a source-based
 * component package (`<package>:index:<Name>`, ComponentProvider.validateResourceType).
 */
const monitoringBaseline_1 = require("./components/monitoringBaseline");
Object.defineProperty(exports, "MonitoringBaseline", { enumerable: true, get: function () { return monitoringBaseline_1.MonitoringBaseline; } });
exports.COMPONENT_PACKAGE = { name: "baseline", components: [monitoringBaseline_1.MonitoringBaseline] };
