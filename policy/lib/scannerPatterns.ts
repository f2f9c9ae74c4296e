/**
 * How the Prowler scanner recognises each CIS monitoring metric filter: a regular expression
 * over the filter pattern text (Python `re.search(..., re.DOTALL)`, case-sensitive), with an
 * alarm on the filter's metric name. Copied verbatim from
 * prowler-cloud/prowler @ 3e000faa3109230b748e4418a13c11c9e59f5cfb, prowler/providers/aws/services/cloudwatch/lib/metric_filters.py and the check modules
 * (via ../shared/reference/prowler_metric_filter_regexes.json). JavaScript runs them unchanged
 * with the `s` (dotAll) flag. Keyed by Prowler check name, which the catalogue's `references` name.
 */
export const PROWLER_FILTER_REGEXES: Readonly<Record<string, RegExp>> = {
  cloudwatch_changes_to_network_acls_alarm_configured: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?CreateNetworkAcl\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateNetworkAclEntry\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteNetworkAcl\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteNetworkAclEntry\\b)(?=.*\\$\\.eventName\\s*=\\s*.?ReplaceNetworkAclEntry\\b)(?=.*\\$\\.eventName\\s*=\\s*.?ReplaceNetworkAclAssociation\\b)",
    "s",
  ),
  cloudwatch_changes_to_network_gateways_alarm_configured: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?CreateCustomerGateway\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteCustomerGateway\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AttachInternetGateway\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateInternetGateway\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteInternetGateway\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DetachInternetGateway\\b)",
    "s",
  ),
  cloudwatch_changes_to_network_route_tables_alarm_configured: new RegExp(
    "(?=.*\\$\\.eventSource\\s*=\\s*.?ec2\\.amazonaws\\.com)(?=.*\\$\\.eventName\\s*=\\s*.?CreateRoute\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateRouteTable\\b)(?=.*\\$\\.eventName\\s*=\\s*.?ReplaceRoute\\b)(?=.*\\$\\.eventName\\s*=\\s*.?ReplaceRouteTableAssociation\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteRouteTable\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteRoute\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DisassociateRouteTable\\b)",
    "s",
  ),
  cloudwatch_changes_to_vpcs_alarm_configured: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?CreateVpc\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteVpc\\b)(?=.*\\$\\.eventName\\s*=\\s*.?ModifyVpcAttribute\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AcceptVpcPeeringConnection\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateVpcPeeringConnection\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteVpcPeeringConnection\\b)(?=.*\\$\\.eventName\\s*=\\s*.?RejectVpcPeeringConnection\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AttachClassicLinkVpc\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DetachClassicLinkVpc\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DisableVpcClassicLink\\b)(?=.*\\$\\.eventName\\s*=\\s*.?EnableVpcClassicLink\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled: new RegExp(
    "(?=.*\\$\\.eventSource\\s*=\\s*.?config\\.amazonaws\\.com)(?=.*\\$\\.eventName\\s*=\\s*.?StopConfigurationRecorder\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteDeliveryChannel\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutDeliveryChannel\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutConfigurationRecorder\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?CreateTrail\\b)(?=.*\\$\\.eventName\\s*=\\s*.?UpdateTrail\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteTrail\\b)(?=.*\\$\\.eventName\\s*=\\s*.?StartLogging\\b)(?=.*\\$\\.eventName\\s*=\\s*.?StopLogging\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_authentication_failures: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?ConsoleLogin\\b)(?=.*\\$\\.errorMessage\\s*=\\s*.?Failed\\ authentication)",
    "s",
  ),
  cloudwatch_log_metric_filter_aws_organizations_changes: new RegExp(
    "(?=.*\\$\\.eventSource\\s*=\\s*.?organizations\\.amazonaws\\.com)(?=.*\\$\\.eventName\\s*=\\s*.?AcceptHandshake\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AttachPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CancelHandshake\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateAccount\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateOrganization\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateOrganizationalUnit\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreatePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeclineHandshake\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteOrganization\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteOrganizationalUnit\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeletePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?EnableAllFeatures\\b)(?=.*\\$\\.eventName\\s*=\\s*.?EnablePolicyType\\b)(?=.*\\$\\.eventName\\s*=\\s*.?InviteAccountToOrganization\\b)(?=.*\\$\\.eventName\\s*=\\s*.?LeaveOrganization\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DetachPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DisablePolicyType\\b)(?=.*\\$\\.eventName\\s*=\\s*.?MoveAccount\\b)(?=.*\\$\\.eventName\\s*=\\s*.?RemoveAccountFromOrganization\\b)(?=.*\\$\\.eventName\\s*=\\s*.?UpdateOrganizationalUnit\\b)(?=.*\\$\\.eventName\\s*=\\s*.?UpdatePolicy\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk: new RegExp(
    "(?=.*\\$\\.eventSource\\s*=\\s*.?kms\\.amazonaws\\.com)(?=.*\\$\\.eventName\\s*=\\s*.?DisableKey\\b)(?=.*\\$\\.eventName\\s*=\\s*.?ScheduleKeyDeletion\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_for_s3_bucket_policy_changes: new RegExp(
    "(?=.*\\$\\.eventSource\\s*=\\s*.?s3\\.amazonaws\\.com)(?=.*\\$\\.eventName\\s*=\\s*.?PutBucketAcl\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutBucketPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutBucketCors\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutBucketLifecycle\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutBucketReplication\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteBucketPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteBucketCors\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteBucketLifecycle\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteBucketReplication\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_policy_changes: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?DeleteGroupPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteRolePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteUserPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutGroupPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutRolePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?PutUserPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreatePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeletePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreatePolicyVersion\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeletePolicyVersion\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AttachRolePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DetachRolePolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AttachUserPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DetachUserPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AttachGroupPolicy\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DetachGroupPolicy\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_root_usage: new RegExp(
    "\\$\\.userIdentity\\.type\\s*=\\s*.?Root.+\\$\\.userIdentity\\.invokedBy NOT EXISTS.+\\$\\.eventType\\s*!=\\s*.?AwsServiceEvent.?",
    "s",
  ),
  cloudwatch_log_metric_filter_security_group_changes: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?AuthorizeSecurityGroupIngress\\b)(?=.*\\$\\.eventName\\s*=\\s*.?AuthorizeSecurityGroupEgress\\b)(?=.*\\$\\.eventName\\s*=\\s*.?RevokeSecurityGroupIngress\\b)(?=.*\\$\\.eventName\\s*=\\s*.?RevokeSecurityGroupEgress\\b)(?=.*\\$\\.eventName\\s*=\\s*.?CreateSecurityGroup\\b)(?=.*\\$\\.eventName\\s*=\\s*.?DeleteSecurityGroup\\b)",
    "s",
  ),
  cloudwatch_log_metric_filter_sign_in_without_mfa: new RegExp(
    "(?=.*\\$\\.eventName\\s*=\\s*.?ConsoleLogin\\b)(?=.*\\$\\.additionalEventData\\.MFAUsed\\s*!=\\s*.?Yes)",
    "s",
  ),
  cloudwatch_log_metric_filter_unauthorized_api_calls: new RegExp(
    "\\$\\.errorCode\\s*=\\s*.?\\*UnauthorizedOperation.+\\$\\.errorCode\\s*=\\s*.?AccessDenied\\*.?",
    "s",
  ),
};
