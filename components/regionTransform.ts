/**
 * Sets the component's region on every AWS child, so no child can land in the provider's
 * default region by omission. @pulumi/aws v7 takes `region` per resource: one provider (one
 * plugin process) serves every region.
 *
 * This uses `transformations` (run in the program) rather than `transforms` (run by the
 * engine through a callback server): both apply to every descendant, and this one also runs
 * under Pulumi's mocks, so the tests exercise the mechanism that deploys.
 */
import * as pulumi from "@pulumi/pulumi";

/** AWS modules whose resources are global: they have no `region` input. */
const GLOBAL_MODULES = ["iam", "organizations", "cloudfront", "route53", "budgets", "globalaccelerator", "s3control"] as const;

export function takesRegion(type: string): boolean {
  if (!type.startsWith("aws:")) return false;
  const module = type.slice("aws:".length).split("/")[0];
  return !(GLOBAL_MODULES as readonly string[]).includes(module) && type !== "pulumi:providers:aws";
}

export function regionTransformation(region: string): pulumi.ResourceTransformation {
  return ({ type, name, props, opts }) => {
    if (!takesRegion(type)) return undefined;
    const requested = (props as { region?: unknown }).region;
    if (requested !== undefined && requested !== region) {
      throw new Error(
        `${type} "${name}" asks for region ${String(requested)} inside a component for ${region}: create it in that region's component instead.`,
      );
    }
    return { props: { ...props, region }, opts };
  };
}
