"use strict";
/**
 * THE alarm catalogue: data only. The component (metric filters, alarms, real-time rules),
 * the policy pack (stack check), the tests and the README table all read it from here.
 *
 * It lives in the policy folder because `pulumi policy publish` uploads that folder alone;
 * the component imports it from here.
 *
 * Filter patterns of CIS controls are verbatim as AWS Security Hub publishes them
 * (CloudWatch.1-14), so that Security Hub, Prowler and Trivy recognise them. Where a
 * pattern deviates, `deviation` says why.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CIS_MONITORING_ALARMS = exports.ALL_ALARM_IDS = exports.DELIVERY_HEARTBEAT_ALARM = exports.SECRET_READ_ALARM = exports.SIGNIN_WITHOUT_MFA_VARIANTS = exports.SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN = exports.SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS = exports.ALARMS = exports.METRIC_NAMESPACE = exports.CLOUDTRAIL_DETAIL_TYPES = void 0;
exports.secretReadFilterPattern = secretReadFilterPattern;
exports.secretReadEventPattern = secretReadEventPattern;
/**
 * EventBridge `detail-type` values of CloudTrail events. AWS's EventBridge guide spells the sign-in
 * type "AWS Console Signin via CloudTrail"; delivered events (and AWS's own sample rules) carry
 * "AWS Console Sign In via CloudTrail".
 */
exports.CLOUDTRAIL_DETAIL_TYPES = {
    apiCall: "AWS API Call via CloudTrail",
    consoleSignIn: "AWS Console Sign In via CloudTrail",
    consoleAction: "AWS Console Action via CloudTrail",
    serviceEvent: "AWS Service Event via CloudTrail",
};
const API_CALL = exports.CLOUDTRAIL_DETAIL_TYPES.apiCall;
const CONSOLE_SIGN_IN = exports.CLOUDTRAIL_DETAIL_TYPES.consoleSignIn;
const CONSOLE_ACTION = exports.CLOUDTRAIL_DETAIL_TYPES.consoleAction;
/**
 * `eventSource` of the services whose event names the EC2 and CloudTrail entries list. Their
 * EventBridge patterns name it (the CIS filter patterns stay verbatim): those names are the
 * services' own API actions, so the rule matches the same records (the corpus test proves it),
 * and a pattern that names its source tells where its events can arrive (lib/globalEvents.ts):
 * EC2 and CloudTrail record in every region, never as global-service events.
 */
const EC2 = "ec2.amazonaws.com";
const CLOUDTRAIL = "cloudtrail.amazonaws.com";
/** Namespace for every CloudTrail metric, as AWS's CloudTrail alarm template and the CIS scanners expect. */
exports.METRIC_NAMESPACE = "CloudTrailMetrics";
exports.ALARMS = [
    {
        id: "unauthorized-api-calls",
        title: "Unauthorized API calls",
        why: "Repeated AccessDenied or UnauthorizedOperation errors are how stolen credentials probe what they can do.",
        references: [
            "CIS 4.1",
            "Security Hub CloudWatch.2",
            "Prowler cloudwatch_log_metric_filter_unauthorized_api_calls",
            "Trivy AVD-AWS-0147",
            "CloudTrail alarm template: AuthorizationFailures",
        ],
        realtimeNeedsReadOnlyEvents: true,
        origin: "cis",
        filterPattern: '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}',
        metricName: "UnauthorizedAPICallsEventCount",
        eventPattern: {
            "detail-type": [API_CALL, CONSOLE_ACTION],
            detail: { errorCode: [{ suffix: "UnauthorizedOperation" }, { prefix: "AccessDenied" }] },
        },
        tunedFilterPattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && (($.userIdentity.accountId NOT EXISTS) || ($.userIdentity.accountId != "anonymous")) && (($.sourceIPAddress NOT EXISTS) || ($.sourceIPAddress != "delivery.logs.amazonaws.com")) && (($.userIdentity.sessionContext.sessionIssuer.userName NOT EXISTS) || ($.userIdentity.sessionContext.sessionIssuer.userName != "AWSServiceRoleFor*")) }',
        tunedEventPattern: {
            "detail-type": [API_CALL, CONSOLE_ACTION],
            detail: {
                errorCode: [{ suffix: "UnauthorizedOperation" }, { prefix: "AccessDenied" }],
                sourceIPAddress: [{ exists: false }, { "anything-but": "delivery.logs.amazonaws.com" }],
                userIdentity: {
                    accountId: [{ exists: false }, { "anything-but": "anonymous" }],
                    sessionContext: { sessionIssuer: { userName: [{ exists: false }, { "anything-but": { prefix: "AWSServiceRoleFor" } }] } },
                },
            },
        },
        tuning: "Excludes denials of anonymous callers (visitors of a public S3 website asking for missing objects, logged when the trail records S3 data events), of vended log delivery (delivery.logs.amazonaws.com, while a log bucket's policy is being set up) and of AWS service-linked roles (AWSServiceRoleFor*, e.g. AWS Config and Trusted Advisor probing resources they may not read): none is a person probing with stolen credentials.",
    },
    {
        id: "console-signin-without-mfa",
        title: "Console sign-in without MFA",
        why: "A password-only console sign-in is one phishing email away from an account takeover.",
        references: ["CIS 4.2", "Security Hub CloudWatch.3", "Prowler cloudwatch_log_metric_filter_sign_in_without_mfa", "Trivy AVD-AWS-0148"],
        origin: "cis",
        filterPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
        metricName: "ConsoleSignInWithoutMfaEventCount",
        eventPattern: {
            "detail-type": [CONSOLE_SIGN_IN],
            detail: {
                eventName: ["ConsoleLogin"],
                additionalEventData: { MFAUsed: [{ "anything-but": "Yes" }] },
                userIdentity: { type: ["IAMUser"] },
                responseElements: { ConsoleLogin: ["Success"] },
            },
        },
        tunedFilterPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") && ($.additionalEventData.SamlProviderArn NOT EXISTS) }',
        tunedEventPattern: {
            "detail-type": [CONSOLE_SIGN_IN],
            detail: {
                eventName: ["ConsoleLogin"],
                additionalEventData: { MFAUsed: [{ "anything-but": "Yes" }], SamlProviderArn: [{ exists: false }] },
                userIdentity: { type: ["IAMUser"] },
                responseElements: { ConsoleLogin: ["Success"] },
            },
        },
        tuning: "Excludes SAML-federated sign-ins (the event carries additionalEventData.SamlProviderArn): MFA happens at the identity provider and the console sign-in event cannot see it. IAM Identity Center sign-ins (AssumedRole sessions of AWSReservedSSO_* roles) are already outside the CIS pattern, which covers IAM users only.",
    },
    {
        id: "root-account-usage",
        title: "Root account used",
        why: "The root user bypasses every IAM policy; any use of it outside break-glass is an incident.",
        references: ["CIS 4.3", "Security Hub CloudWatch.1", "Prowler cloudwatch_log_metric_filter_root_usage", "Trivy AVD-AWS-0149"],
        realtimeNeedsReadOnlyEvents: true,
        origin: "cis",
        filterPattern: '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}',
        metricName: "RootAccountUsageEventCount",
        eventPattern: {
            "detail-type": [API_CALL, CONSOLE_SIGN_IN, CONSOLE_ACTION],
            detail: {
                userIdentity: { type: ["Root"], invokedBy: [{ exists: false }] },
                eventType: [{ "anything-but": "AwsServiceEvent" }],
            },
        },
    },
    {
        id: "iam-policy-changes",
        title: "IAM policy changed",
        why: "A changed IAM policy can silently grant an attacker, or a mistake, administrator access.",
        references: ["CIS 4.4", "Security Hub CloudWatch.4", "Prowler cloudwatch_log_metric_filter_policy_changes", "Trivy AVD-AWS-0150"],
        origin: "cis",
        filterPattern: "{($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy)}",
        metricName: "IAMPolicyChangesEventCount",
        // Scoped to IAM's eventSource, unlike the CIS filter: unscoped, the rule would exist in every
        // Region and there match only other services' namesakes (AWS IoT's CreatePolicy,
        // DeletePolicy, CreatePolicyVersion, DeletePolicyVersion: AWS IoT API reference), since IAM's
        // own events reach EventBridge in us-east-1 only (lib/regions.ts). With it the rule lives in
        // us-east-1 alone (lib/globalEvents.ts).
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: ["iam.amazonaws.com"],
                eventName: [
                    "DeleteGroupPolicy",
                    "DeleteRolePolicy",
                    "DeleteUserPolicy",
                    "PutGroupPolicy",
                    "PutRolePolicy",
                    "PutUserPolicy",
                    "CreatePolicy",
                    "DeletePolicy",
                    "CreatePolicyVersion",
                    "DeletePolicyVersion",
                    "AttachRolePolicy",
                    "DetachRolePolicy",
                    "AttachUserPolicy",
                    "DetachUserPolicy",
                    "AttachGroupPolicy",
                    "DetachGroupPolicy",
                ],
            },
        },
    },
    {
        id: "cloudtrail-config-changes",
        title: "CloudTrail configuration changed",
        why: "Stopping or changing a trail is the first step to acting unseen.",
        references: [
            "CIS 4.5",
            "Security Hub CloudWatch.5",
            "Prowler cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled",
            "Trivy AVD-AWS-0151",
            "CloudTrail alarm template: CloudTrailChanges",
        ],
        origin: "cis",
        filterPattern: "{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}",
        metricName: "CloudTrailChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: { eventSource: [CLOUDTRAIL], eventName: ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"] },
        },
    },
    {
        id: "console-auth-failures",
        title: "Console sign-in failures",
        why: "Failed console sign-ins are how password guessing and credential stuffing show up.",
        references: [
            "CIS 4.6",
            "Security Hub CloudWatch.6",
            "Prowler cloudwatch_log_metric_filter_authentication_failures",
            "Trivy AVD-AWS-0152",
            "CloudTrail alarm template: ConsoleSignInFailures",
        ],
        origin: "cis",
        filterPattern: '{($.eventName=ConsoleLogin) && ($.errorMessage="Failed authentication")}',
        metricName: "ConsoleSignInFailuresEventCount",
        eventPattern: {
            "detail-type": [CONSOLE_SIGN_IN],
            detail: { eventName: ["ConsoleLogin"], errorMessage: ["Failed authentication"] },
        },
    },
    {
        id: "kms-key-disable-or-deletion",
        title: "Customer managed key disabled or scheduled for deletion",
        why: "Data encrypted under a deleted key is lost for good; disabling a key is also a ransomware move.",
        references: [
            "CIS 4.7",
            "Security Hub CloudWatch.7",
            "Prowler cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk",
            "Trivy AVD-AWS-0153",
        ],
        origin: "cis",
        filterPattern: "{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}",
        metricName: "KMSKeyDisableOrDeletionEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: { eventSource: ["kms.amazonaws.com"], eventName: ["DisableKey", "ScheduleKeyDeletion"] },
        },
    },
    {
        id: "s3-bucket-policy-changes",
        title: "S3 bucket policy changed",
        why: "A changed bucket policy, ACL or CORS rule can expose data to the internet in one call.",
        references: [
            "CIS 4.8",
            "Security Hub CloudWatch.8",
            "Prowler cloudwatch_log_metric_filter_for_s3_bucket_policy_changes",
            "Trivy AVD-AWS-0154",
            "CloudTrail alarm template: S3BucketActivity",
        ],
        origin: "cis",
        filterPattern: "{($.eventSource=s3.amazonaws.com) && (($.eventName=PutBucketAcl) || ($.eventName=PutBucketPolicy) || ($.eventName=PutBucketCors) || ($.eventName=PutBucketLifecycle) || ($.eventName=PutBucketReplication) || ($.eventName=DeleteBucketPolicy) || ($.eventName=DeleteBucketCors) || ($.eventName=DeleteBucketLifecycle) || ($.eventName=DeleteBucketReplication))}",
        metricName: "S3BucketPolicyChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: ["s3.amazonaws.com"],
                eventName: [
                    "PutBucketAcl",
                    "PutBucketPolicy",
                    "PutBucketCors",
                    "PutBucketLifecycle",
                    "PutBucketReplication",
                    "DeleteBucketPolicy",
                    "DeleteBucketCors",
                    "DeleteBucketLifecycle",
                    "DeleteBucketReplication",
                ],
            },
        },
    },
    {
        id: "aws-config-changes",
        title: "AWS Config configuration changed",
        why: "Stopping the Config recorder removes the history of every resource change.",
        references: [
            "CIS 4.9",
            "Security Hub CloudWatch.9",
            "Prowler cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled",
            "Trivy AVD-AWS-0155",
        ],
        origin: "cis",
        filterPattern: "{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}",
        metricName: "AWSConfigChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: ["config.amazonaws.com"],
                eventName: ["StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"],
            },
        },
    },
    {
        id: "security-group-changes",
        title: "Security group changed",
        why: "One opened ingress rule can expose an instance or database to the whole internet.",
        references: [
            "CIS 4.10",
            "Security Hub CloudWatch.10",
            "Prowler cloudwatch_log_metric_filter_security_group_changes",
            "Trivy AVD-AWS-0156",
        ],
        origin: "cis",
        filterPattern: "{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}",
        metricName: "SecurityGroupChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: [
                    "AuthorizeSecurityGroupIngress",
                    "AuthorizeSecurityGroupEgress",
                    "RevokeSecurityGroupIngress",
                    "RevokeSecurityGroupEgress",
                    "CreateSecurityGroup",
                    "DeleteSecurityGroup",
                ],
            },
        },
    },
    {
        id: "nacl-changes",
        title: "Network ACL changed",
        why: "NACLs are the subnet-level firewall; a changed entry can open or cut off a whole subnet.",
        references: [
            "CIS 4.11",
            "Security Hub CloudWatch.11",
            "Prowler cloudwatch_changes_to_network_acls_alarm_configured",
            "Trivy AVD-AWS-0157",
        ],
        origin: "cis",
        filterPattern: "{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}",
        metricName: "NetworkAclChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: [
                    "CreateNetworkAcl",
                    "CreateNetworkAclEntry",
                    "DeleteNetworkAcl",
                    "DeleteNetworkAclEntry",
                    "ReplaceNetworkAclEntry",
                    "ReplaceNetworkAclAssociation",
                ],
            },
        },
    },
    {
        id: "network-gateway-changes",
        title: "Network gateway changed",
        why: "A new or attached internet or customer gateway opens a path in or out of the network.",
        references: [
            "CIS 4.12",
            "Security Hub CloudWatch.12",
            "Prowler cloudwatch_changes_to_network_gateways_alarm_configured",
            "Trivy AVD-AWS-0158",
        ],
        origin: "cis",
        filterPattern: "{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}",
        metricName: "NetworkGatewayChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: [
                    "CreateCustomerGateway",
                    "DeleteCustomerGateway",
                    "AttachInternetGateway",
                    "CreateInternetGateway",
                    "DeleteInternetGateway",
                    "DetachInternetGateway",
                ],
            },
        },
    },
    {
        id: "route-table-changes",
        title: "Route table changed",
        why: "A changed route can send traffic around a firewall or out to an attacker's network.",
        references: [
            "CIS 4.13",
            "Security Hub CloudWatch.13",
            "Prowler cloudwatch_changes_to_network_route_tables_alarm_configured",
            "Trivy AVD-AWS-0159",
        ],
        origin: "cis",
        filterPattern: "{($.eventSource=ec2.amazonaws.com) && (($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable))}",
        metricName: "RouteTableChangesEventCount",
        deviation: "Scoped to eventSource ec2.amazonaws.com as CIS 4.13 (v1.4 and later) writes it, because Prowler's check requires that clause; Security Hub's June 2023 text omits it, and Trivy's AVD-AWS-0159 substring check looks for the unscoped text, so Trivy reports this one control as missing.",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: ["ec2.amazonaws.com"],
                eventName: [
                    "CreateRoute",
                    "CreateRouteTable",
                    "ReplaceRoute",
                    "ReplaceRouteTableAssociation",
                    "DeleteRouteTable",
                    "DeleteRoute",
                    "DisassociateRouteTable",
                ],
            },
        },
    },
    {
        id: "vpc-changes",
        title: "VPC changed",
        why: "VPC and peering changes connect networks that were meant to stay apart.",
        references: ["CIS 4.14", "Security Hub CloudWatch.14", "Prowler cloudwatch_changes_to_vpcs_alarm_configured", "Trivy AVD-AWS-0160"],
        origin: "cis",
        filterPattern: "{($.eventName=CreateVpc) || ($.eventName=DeleteVpc) || ($.eventName=ModifyVpcAttribute) || ($.eventName=AcceptVpcPeeringConnection) || ($.eventName=CreateVpcPeeringConnection) || ($.eventName=DeleteVpcPeeringConnection) || ($.eventName=RejectVpcPeeringConnection) || ($.eventName=AttachClassicLinkVpc) || ($.eventName=DetachClassicLinkVpc) || ($.eventName=DisableVpcClassicLink) || ($.eventName=EnableVpcClassicLink)}",
        metricName: "VPCChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: [
                    "CreateVpc",
                    "DeleteVpc",
                    "ModifyVpcAttribute",
                    "AcceptVpcPeeringConnection",
                    "CreateVpcPeeringConnection",
                    "DeleteVpcPeeringConnection",
                    "RejectVpcPeeringConnection",
                    "AttachClassicLinkVpc",
                    "DetachClassicLinkVpc",
                    "DisableVpcClassicLink",
                    "EnableVpcClassicLink",
                ],
            },
        },
    },
    {
        id: "organizations-changes",
        title: "AWS Organizations changed",
        why: "Organization changes move accounts, policies and guardrails for every account at once.",
        references: ["CIS 4.15", "Prowler cloudwatch_log_metric_filter_aws_organizations_changes", "Trivy AVD-AWS-0174"],
        origin: "cis",
        // No Security Hub control exists for CIS 4.15: the event list is the benchmark's.
        filterPattern: "{($.eventSource=organizations.amazonaws.com) && (($.eventName=AcceptHandshake) || ($.eventName=AttachPolicy) || ($.eventName=CancelHandshake) || ($.eventName=CreateAccount) || ($.eventName=CreateOrganization) || ($.eventName=CreateOrganizationalUnit) || ($.eventName=CreatePolicy) || ($.eventName=DeclineHandshake) || ($.eventName=DeleteOrganization) || ($.eventName=DeleteOrganizationalUnit) || ($.eventName=DeletePolicy) || ($.eventName=EnableAllFeatures) || ($.eventName=EnablePolicyType) || ($.eventName=InviteAccountToOrganization) || ($.eventName=LeaveOrganization) || ($.eventName=DetachPolicy) || ($.eventName=DisablePolicyType) || ($.eventName=MoveAccount) || ($.eventName=RemoveAccountFromOrganization) || ($.eventName=UpdateOrganizationalUnit) || ($.eventName=UpdatePolicy))}",
        metricName: "OrganizationsChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: ["organizations.amazonaws.com"],
                eventName: [
                    "AcceptHandshake",
                    "AttachPolicy",
                    "CancelHandshake",
                    "CreateAccount",
                    "CreateOrganization",
                    "CreateOrganizationalUnit",
                    "CreatePolicy",
                    "DeclineHandshake",
                    "DeleteOrganization",
                    "DeleteOrganizationalUnit",
                    "DeletePolicy",
                    "EnableAllFeatures",
                    "EnablePolicyType",
                    "InviteAccountToOrganization",
                    "LeaveOrganization",
                    "DetachPolicy",
                    "DisablePolicyType",
                    "MoveAccount",
                    "RemoveAccountFromOrganization",
                    "UpdateOrganizationalUnit",
                    "UpdatePolicy",
                ],
            },
        },
    },
    {
        id: "ec2-instance-changes",
        title: "EC2 instance started, stopped, rebooted or terminated",
        why: "Unexpected instance launches are crypto-mining; unexpected stops and terminations are outages or cover-ups.",
        references: ["CloudTrail alarm template: EC2InstanceChanges"],
        origin: "beyond-cis",
        filterPattern: "{ ($.eventName = RunInstances) || ($.eventName = RebootInstances) || ($.eventName = StartInstances) || ($.eventName = StopInstances) || ($.eventName = TerminateInstances) }",
        metricName: "EC2InstanceChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: ["RunInstances", "RebootInstances", "StartInstances", "StopInstances", "TerminateInstances"],
            },
        },
        tunedFilterPattern: "{ (($.eventName = RunInstances) || ($.eventName = RebootInstances) || ($.eventName = StartInstances) || ($.eventName = StopInstances) || ($.eventName = TerminateInstances)) && (($.userIdentity.invokedBy NOT EXISTS) || ($.userIdentity.invokedBy != autoscaling.amazonaws.com)) && (($.errorCode NOT EXISTS) || ($.errorCode != Client.DryRunOperation)) }",
        tunedEventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: ["RunInstances", "RebootInstances", "StartInstances", "StopInstances", "TerminateInstances"],
                userIdentity: { invokedBy: [{ exists: false }, { "anything-but": "autoscaling.amazonaws.com" }] },
                errorCode: [{ exists: false }, { "anything-but": "Client.DryRunOperation" }],
            },
        },
        tuning: "Excludes launches and terminations EC2 Auto Scaling performs (userIdentity.invokedBy autoscaling.amazonaws.com: scaling, not a person) and dry runs (errorCode Client.DryRunOperation: nothing changed). Large launches stay in ec2-large-instance-launch whoever makes them.",
    },
    {
        id: "ec2-large-instance-launch",
        title: "Large EC2 instance launched",
        why: "4xlarge and 8xlarge launches are the signature of crypto-mining on stolen credentials, and of surprise bills.",
        references: ["CloudTrail alarm template: EC2LargeInstanceChanges"],
        origin: "beyond-cis",
        filterPattern: "{ ($.eventName = RunInstances) && (($.requestParameters.instanceType = *.8xlarge) || ($.requestParameters.instanceType = *.4xlarge)) }",
        metricName: "EC2LargeInstanceChangesEventCount",
        eventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: ["RunInstances"],
                requestParameters: { instanceType: [{ suffix: ".8xlarge" }, { suffix: ".4xlarge" }] },
            },
        },
        tunedFilterPattern: "{ ($.eventName = RunInstances) && (($.requestParameters.instanceType = *.8xlarge) || ($.requestParameters.instanceType = *.4xlarge)) && (($.errorCode NOT EXISTS) || ($.errorCode != Client.DryRunOperation)) }",
        tunedEventPattern: {
            "detail-type": [API_CALL],
            detail: {
                eventSource: [EC2],
                eventName: ["RunInstances"],
                requestParameters: { instanceType: [{ suffix: ".8xlarge" }, { suffix: ".4xlarge" }] },
                errorCode: [{ exists: false }, { "anything-but": "Client.DryRunOperation" }],
            },
        },
        tuning: "Excludes dry runs (errorCode Client.DryRunOperation): EKS and launch-template validation check permissions this way and launch nothing.",
    },
];
/**
 * CIS 4.2's first pattern: every console sign-in without MFA, whatever the principal. It also
 * catches root and federated sign-ins, but alerts at every IAM Identity Center sign-in, whose
 * MFA happens outside the console sign-in event.
 */
exports.SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS = '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }';
/** EventBridge twin of SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS. */
exports.SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN = {
    "detail-type": [CONSOLE_SIGN_IN],
    detail: { eventName: ["ConsoleLogin"], additionalEventData: { MFAUsed: [{ "anything-but": "Yes" }] } },
};
/** Variants of the console-signin-without-mfa pattern that config can choose. */
exports.SIGNIN_WITHOUT_MFA_VARIANTS = {
    /** Security Hub CloudWatch.3, the benchmark's SSO-aware form: successful IAM-user sign-ins only. */
    securityhub: exports.ALARMS.find((a) => a.id === "console-signin-without-mfa").filterPattern,
    /** CIS 4.2's unscoped form: every principal, noisy under IAM Identity Center. */
    "all-principals": exports.SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS,
};
/**
 * Reads of named Secrets Manager secrets (break-glass credentials). Reads of every secret are noise
 * (applications read secrets all the time), so this entry exists only for the secrets config names.
 */
exports.SECRET_READ_ALARM = {
    id: "secrets-manager-secret-read",
    title: "Watched Secrets Manager secret read",
    why: "A read of a secret that only break-glass tooling should touch means someone is using its credentials.",
    references: ["Secrets Manager GetSecretValue (CloudTrail)"],
    origin: "beyond-cis",
    metricName: "WatchedSecretReadEventCount",
    // GetSecretValue is a read-only Get call.
    realtimeNeedsReadOnlyEvents: true,
};
/**
 * The forms a caller can name a secret in, as GetSecretValue's `SecretId` takes them and CloudTrail
 * records them in `requestParameters.secretId` (Secrets Manager API reference, GetSecretValue,
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html): the name;
 * the full ARN, `arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-` and six random
 * characters; or a partial ARN, the same without the suffix. A name cannot hold `:` (CreateSecret,
 * Name), so a `secretId` of the form `arn:...:secret:<name>` is an ARN of that name: the `*` stands
 * for any partition, Region and account, so reads in GovCloud and China count too.
 */
function secretArn(name) {
    return `arn:*:secret:${name}`;
}
/**
 * Filter pattern for reads of the named secrets. The random suffix never contains `-`, so a full
 * ARN whose remainder after `<name>-` holds another `-` is another secret's (`<name>-replica-AbCdEf`):
 * the pattern leaves it out.
 */
function secretReadFilterPattern(secretNames) {
    const clauses = secretNames.flatMap((name) => [
        `($.requestParameters.secretId = "${name}")`,
        `($.requestParameters.secretId = "${secretArn(name)}")`,
        `(($.requestParameters.secretId = "${secretArn(name)}-*") && ($.requestParameters.secretId != "${secretArn(name)}-*-*"))`,
    ]);
    return `{ ($.eventSource = secretsmanager.amazonaws.com) && ($.eventName = GetSecretValue) && (${clauses.join(" || ")}) }`;
}
/**
 * The EventBridge twin of `secretReadFilterPattern`: the same names and ARN forms (`wildcard` is
 * EventBridge's `*` matcher). An event pattern cannot both match and exclude one field, so the
 * real-time rule also fires on a full ARN of another secret whose name starts with `<name>-`;
 * the alarm does not (tests/corpus.test.ts, RULE_ONLY).
 */
function secretReadEventPattern(secretNames) {
    return {
        "detail-type": [API_CALL],
        detail: {
            eventSource: ["secretsmanager.amazonaws.com"],
            eventName: ["GetSecretValue"],
            requestParameters: {
                secretId: secretNames.flatMap((name) => [name, { wildcard: secretArn(name) }, { wildcard: `${secretArn(name)}-*` }]),
            },
        },
    };
}
/**
 * A stopped trail, a broken delivery role or a disabled key all make the log group go quiet,
 * and a quiet log group keeps every metric-filter alarm green. This alarm is on the log group's
 * own `AWS/Logs IncomingLogEvents` metric and treats missing data as breaching.
 */
exports.DELIVERY_HEARTBEAT_ALARM = {
    id: "trail-delivery-heartbeat",
    title: "CloudTrail delivery to CloudWatch Logs stopped",
    why: "No events reached the trail's log group: every other alarm is blind until delivery is fixed.",
    references: ["CIS 3.4 (trail delivers to CloudWatch Logs)"],
    namespace: "AWS/Logs",
    metricName: "IncomingLogEvents",
};
/** Every id config may name in `disabledAlarms`. */
exports.ALL_ALARM_IDS = [...exports.ALARMS.map((a) => a.id), exports.SECRET_READ_ALARM.id, exports.DELIVERY_HEARTBEAT_ALARM.id];
/** The CIS monitoring controls (section 4) the catalogue covers, for the pack's stack check. */
exports.CIS_MONITORING_ALARMS = exports.ALARMS.filter((a) => a.origin === "cis");
