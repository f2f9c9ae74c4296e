"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.takesRegion = takesRegion;
exports.regionTransformation = regionTransformation;
/** AWS modules whose resources are global: they have no `region` input. */
const GLOBAL_MODULES = ["iam", "organizations", "cloudfront", "route53", "budgets", "globalaccelerator", "s3control"];
function takesRegion(type) {
    if (!type.startsWith("aws:"))
        return false;
    const module = type.slice("aws:".length).split("/")[0];
    return !GLOBAL_MODULES.includes(module) && type !== "pulumi:providers:aws";
}
function regionTransformation(region) {
    return ({ type, name, props, opts }) => {
        if (!takesRegion(type))
            return undefined;
        const requested = props.region;
        if (requested !== undefined && requested !== region) {
            throw new Error(`${type} "${name}" asks for region ${String(requested)} inside a component for ${region}: create it in that region's component instead.`);
        }
        return { props: { ...props, region }, opts };
    };
}
