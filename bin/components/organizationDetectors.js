"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.FINDING_AGGREGATION_LINKING_MODE = exports.CONFIG_SERVICE_PRINCIPALS = void 0;
exports.managementAccountProblem = managementAccountProblem;
exports.createOrganizationPart = createOrganizationPart;
/**
 * GuardDuty, Security Hub and AWS Config across an AWS Organization (organizationDetectors), as two
 * stacks of the same program (docs/organization.md):
 *
 * - the management part, in the organization's management account: it registers the delegated
 *   administrator of GuardDuty and of Security Hub in each listed Region ("A delegated
 *   administrator is Regional", GuardDuty; "the organization management account must designate
 *   that same Security Hub administrator account separately in each Region", Security Hub), and of
 *   AWS Config once, with both of Config's service principals (Organizations is global);
 * - the administrator part, in that account: per listed Region, GuardDuty's organization
 *   configuration (auto-enable, with the stack's protection plans) and Security Hub's (auto-enable
 *   new accounts, local configuration, which "must be set separately in each AWS Region"); in the
 *   home Region, Security Hub's finding aggregator and an AWS Config organization aggregator with
 *   its role.
 *
 * Each part covers the services the stack does not set to off. Findings: GuardDuty sends the
 * findings of member accounts to the administrator's event bus in the Region they arise in, and
 * Security Hub's aggregation Region receives every linked Region's findings, so the administrator
 * stack keeps its GuardDuty rule in every Region and its Security Hub rule in the home Region
 * only (components/regionBaseline.ts).
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const policyDocuments_1 = require("../lib/policyDocuments");
const names_1 = require("../settings/names");
/** Config's two service principals a delegated administrator needs for an organization aggregator (AWS Config developer guide, Register a Delegated Administrator). */
exports.CONFIG_SERVICE_PRINCIPALS = ["config.amazonaws.com", "config-multiaccountsetup.amazonaws.com"];
/** What Security Hub aggregates into the home Region: every Region, and new ones as they are opted into (CreateFindingAggregator RegionLinkingMode). */
exports.FINDING_AGGREGATION_LINKING_MODE = "ALL_REGIONS";
/**
 * Why a management part may not run in this account: the management account as its own delegated
 * administrator. Security Hub: "The organization management account also cannot be the delegated
 * administrator account for a service in Organizations"; GuardDuty: "Setting your Organization
 * management account as the delegated administrator is not recommended" (docs/organization.md
 * cites both pages). Undefined when it may.
 */
function managementAccountProblem(callerAccountId, settings) {
    if (settings.account !== "management" || callerAccountId !== settings.administratorAccountId)
        return undefined;
    return `organizationDetectors.administratorAccountId: ${callerAccountId} is the account this management stack runs in; the organization's management account cannot be Security Hub's delegated administrator and GuardDuty advises against it: designate a member account.`;
}
/** The Region's organization part; undefined for a single-account stack. */
function createOrganizationPart(args, parent) {
    const organization = args.settings.organizationDetectors;
    if (organization === undefined)
        return undefined;
    if (organization.account === "administrator") {
        return {
            account: organization.account,
            administratorAccountId: pulumi.output(organization.administratorAccountId),
            resources: administratorPart(args, organization, parent),
        };
    }
    // The id reaches AWS only once the caller's account is known not to be it: a rejected input
    // stops the deployment with the one line before anything is registered.
    const adminAccountId = pulumi.output(args.account.accountId).apply((caller) => {
        const problem = managementAccountProblem(caller, organization);
        if (problem !== undefined)
            throw new pulumi.ResourceError(problem, parent, true);
        return organization.administratorAccountId;
    });
    return {
        account: organization.account,
        administratorAccountId: adminAccountId,
        resources: managementPart(args, organization, adminAccountId, parent),
    };
}
function managementPart(args, organization, adminAccountId, parent) {
    const { name, home } = args;
    const child = { parent };
    const resources = [];
    if (organization.guardDuty) {
        // EnableOrganizationAdminAccount: "Only the organization's management account can run this API
        // operation"; it also turns GuardDuty on in the administrator account in this Region.
        resources.push(new aws.guardduty.OrganizationAdminAccount(`${name}-guardduty-org-admin`, { adminAccountId }, child));
    }
    if (organization.securityHub) {
        // EnableOrganizationAdminAccount: "Can only be called by the organization management account";
        // Security Hub registers the account as Organizations' delegated administrator itself.
        resources.push(new aws.securityhub.OrganizationAdminAccount(`${name}-securityhub-org-admin`, { adminAccountId }, child));
    }
    if (organization.awsConfig && home) {
        // "Ensure that the management account registers a delegated administrator with both of the
        // following AWS Config service principal names (config.amazonaws.com and
        // config-multiaccountsetup.amazonaws.com) before the delegated administrator creates an
        // aggregator" (AWS Config developer guide, Setting Up an Aggregator Using the AWS CLI).
        for (const servicePrincipal of exports.CONFIG_SERVICE_PRINCIPALS) {
            resources.push(new aws.organizations.DelegatedAdministrator(`${name}-${servicePrincipal.split(".")[0]}-delegated-admin`, { accountId: adminAccountId, servicePrincipal }, child));
        }
    }
    return resources;
}
function administratorPart(args, organization, parent) {
    const { name, region, home, settings, account, detectors, tags } = args;
    const child = { parent };
    const resources = [];
    if (organization.guardDuty) {
        // UpdateOrganizationConfiguration takes the administrator's detector in the Region: the one the
        // stack created, or the one GuardDuty turned on when the management account designated this one.
        const detectorId = detectors.guardDutyDetectorId ?? aws.guardduty.getDetectorOutput({ region }, child).id;
        const configuration = new aws.guardduty.OrganizationConfiguration(`${name}-guardduty-org`, {
            detectorId,
            autoEnableOrganizationMembers: organization.autoEnableMembers,
        }, child);
        resources.push(configuration);
        for (const protection of organization.guardDutyProtections) {
            resources.push(new aws.guardduty.OrganizationConfigurationFeature(`${name}-guardduty-org-${protection.toLowerCase().replace(/_/g, "-")}`, {
                detectorId,
                name: protection,
                autoEnable: organization.autoEnableMembers,
                // As on the administrator's own detector (components/detectors.ts): GuardDuty manages the agent.
                ...(protection === "RUNTIME_MONITORING"
                    ? {
                        additionalConfigurations: ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"].map((n) => ({
                            name: n,
                            autoEnable: organization.autoEnableMembers,
                        })),
                    }
                    : {}),
            }, 
            // The feature's update sends the configuration's AutoEnableOrganizationMembers back.
            { ...child, dependsOn: [configuration] }));
        }
    }
    if (organization.securityHub) {
        const hub = detectors.securityHubAccount ? [detectors.securityHubAccount] : [];
        // Local configuration: new accounts get Security Hub and its default standards in each Region
        // where this is set. AutoEnable "Whether to automatically enable Security Hub in new member
        // accounts when they join the organization"; existing accounts are not enabled by it.
        resources.push(new aws.securityhub.OrganizationConfiguration(`${name}-securityhub-org`, {
            autoEnable: true,
            autoEnableStandards: "DEFAULT",
            organizationConfiguration: { configurationType: "LOCAL" },
        }, { ...child, dependsOn: hub }));
        if (home) {
            // "You must create the finding aggregator from the Region that you want to use as the
            // aggregation Region"; its event feed then "includes events for findings from the
            // aggregation Region and the linked Regions".
            resources.push(new aws.securityhub.FindingAggregator(`${name}-securityhub-aggregator`, { linkingMode: exports.FINDING_AGGREGATION_LINKING_MODE }, { ...child, dependsOn: hub }));
        }
    }
    if (organization.awsConfig && home) {
        const role = new aws.iam.Role(`${name}-config-aggregator`, {
            assumeRolePolicy: (0, policyDocuments_1.configAggregatorTrustPolicy)(),
            description: "AWS Config reads the organization's accounts for the baseline's organization aggregator",
            tags,
        }, child);
        const readOrganization = new aws.iam.RolePolicyAttachment(`${name}-config-aggregator-organizations`, { role: role.name, policyArn: (0, policyDocuments_1.configAggregatorPolicyArn)(account.partition) }, child);
        resources.push(role, readOrganization, new aws.cfg.ConfigurationAggregator(`${name}-config-aggregator`, {
            name: (0, names_1.configAggregatorNameFor)(settings.trailName),
            // "For the organization aggregator, authorization is not required for Organization member account regions".
            organizationAggregationSource: { allRegions: true, roleArn: role.arn },
            tags,
        }, 
        // AWS Config checks the role when the aggregator is created.
        { ...child, dependsOn: [readOrganization] }));
    }
    return resources;
}
