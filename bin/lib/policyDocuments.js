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
exports.policyDocument = policyDocument;
exports.text = text;
exports.documentJson = documentJson;
exports.accountRootArn = accountRootArn;
exports.denyInsecureTransport = denyInsecureTransport;
exports.trailKeyPolicy = trailKeyPolicy;
exports.trailKeyPolicyStatements = trailKeyPolicyStatements;
exports.topicKeyPolicy = topicKeyPolicy;
exports.logBucketPolicy = logBucketPolicy;
exports.logBucketPolicyStatements = logBucketPolicyStatements;
exports.accessLogBucketPolicy = accessLogBucketPolicy;
exports.configBucketPolicy = configBucketPolicy;
exports.deliveryRoleTrustPolicy = deliveryRoleTrustPolicy;
exports.configAggregatorTrustPolicy = configAggregatorTrustPolicy;
exports.configAggregatorPolicyArn = configAggregatorPolicyArn;
exports.deliveryRolePolicy = deliveryRolePolicy;
exports.topicPolicy = topicPolicy;
exports.flowLogRoleTrustPolicy = flowLogRoleTrustPolicy;
exports.flowLogRolePolicy = flowLogRolePolicy;
exports.logGroupKeyPolicy = logGroupKeyPolicy;
exports.archivePolicyArgs = archivePolicyArgs;
/**
 * IAM, KMS, S3 and SNS policy documents as typed objects. Serialised with
 * `pulumi.jsonStringify`, so tests and the offline plan see the real documents, with no
 * provider call in between.
 */
const pulumi = __importStar(require("@pulumi/pulumi"));
const regions_1 = require("./regions");
const awsLimits_1 = require("./awsLimits");
const coverage_1 = require("../settings/coverage");
function policyDocument(statements) {
    const document = { Version: "2012-10-17", Statement: statements };
    return pulumi.jsonStringify(document);
}
/**
 * `pulumi.interpolate` that stays a plain string when every part is one, so that configuration
 * validation can build a document from known values and measure it before anything deploys
 * (settings/limits.ts, archive policy sizes).
 */
function text(strings, ...values) {
    if (values.every((v) => typeof v === "string"))
        return String.raw({ raw: strings }, ...values);
    return pulumi.interpolate(strings, ...values);
}
/** A document of plain-string statements as JSON, as `policyDocument` serialises it. */
function documentJson(statements) {
    const document = { Version: "2012-10-17", Statement: statements };
    return JSON.stringify(document);
}
function accountRootArn(account) {
    return text `arn:${account.partition}:iam::${account.accountId}:root`;
}
/** Deny any request that does not use TLS (S3.5, SNS.x): the one place a `*` principal appears, and only on a Deny with a condition. */
function denyInsecureTransport(action, resources) {
    return {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: action,
        Resource: resources,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
}
/**
 * Key policy of the home-region key: the account administers it (through IAM), CloudTrail
 * encrypts, decrypts and describes only for this trail, CloudWatch Logs uses it only for this
 * log group, and CloudWatch alarms and EventBridge use it to publish to the encrypted topic.
 *
 * CloudTrail statements: CloudTrail user guide, "Configure AWS KMS key policies for CloudTrail"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html):
 * the required elements are encrypt (GenerateDataKey*), decrypt and describe; "As a security best
 * practice, add an aws:SourceArn condition key ... The value of aws:SourceArn is always the trail
 * ARN". The encrypt statement is the page's form: StringLike on
 * kms:EncryptionContext:aws:cloudtrail:arn plus StringEquals aws:SourceArn.
 */
function trailKeyPolicy(args) {
    const document = policyDocument(trailKeyPolicyStatements(args));
    return args.members ? refuseOwnAccountAsMember(document, args.members) : document;
}
/** The statements of `trailKeyPolicy`, plain strings when its arguments are (for sizing before deployment). */
function trailKeyPolicyStatements(args) {
    const { account, region } = args;
    const thisTrail = { StringEquals: { "aws:SourceArn": args.trailArn } };
    return [
        accountAdministersKey(account),
        {
            Sid: "CloudTrailEncryptsForThisTrailOnly",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "kms:GenerateDataKey*",
            Resource: "*",
            Condition: {
                StringEquals: { "aws:SourceArn": args.trailArn },
                StringLike: {
                    "kms:EncryptionContext:aws:cloudtrail:arn": text `arn:${account.partition}:cloudtrail:*:${args.trailAccountId}:trail/${args.trailName}`,
                },
            },
        },
        {
            // Same page, required element 2: "If you are using an existing S3 bucket with an S3 Bucket
            // Key, kms:Decrypt permissions are required to create or update a trail with SSE-KMS
            // encryption enabled" (the log bucket's SSE-KMS uses a Bucket Key). The page's statement
            // for the CloudTrail service principal ("Allow CloudTrail to decrypt a trail") shows no
            // condition; the same page asks for aws:SourceArn in the key policy as a whole ("As a
            // security best practice, add an aws:SourceArn condition key to the KMS key policy ... The
            // value of aws:SourceArn is always the trail ARN ... that is using the KMS key"), and says it
            // is supported for trails (unlike event data stores), so this grant carries it too: the key
            // decrypts for this trail only. No encryption-context condition: the Bucket Key's data key
            // is not bound to the trail's context, and the page shows none for Decrypt.
            Sid: "CloudTrailDecryptsForThisTrailOnly",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: thisTrail,
        },
        {
            // Same page, "Enable CloudTrail to describe KMS key properties".
            Sid: "CloudTrailDescribesKey",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "kms:DescribeKey",
            Resource: "*",
            Condition: thisTrail,
        },
        {
            // CloudWatch Logs user guide, "Encrypt log data in CloudWatch Logs using AWS KMS": the
            // regional logs principal, these five actions, ArnEquals on kms:EncryptionContext:aws:logs:arn.
            // The principal's DNS suffix follows the partition (logs.<region>.amazonaws.com.cn in
            // aws-cn): lib/regions.ts regionalServicePrincipal cites the provider's rule.
            Sid: "CloudWatchLogsUsesKeyForThisLogGroupOnly",
            Effect: "Allow",
            Principal: { Service: (0, regions_1.regionalServicePrincipal)("logs", region) },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": args.logGroupArn } },
        },
        ...(args.topicPublishers === false ? [] : topicPublishersUseKey(account)),
        ...(args.members ? memberTrailsUseKey(args.members) : []),
        ...(args.flowLogDelivery ? [flowLogDeliveryUsesKey(args.flowLogDelivery)] : []),
    ];
}
/** A member trail's ARN pattern: any region, any trail name, that account only. */
function memberTrailArns(members, accountId) {
    return `arn:${members.partition}:cloudtrail:*:${accountId}:trail/*`;
}
/**
 * Fails the deployment when a member is the deploying account (only known then): its own trail
 * already writes here, and listing it would widen its grant to every trail of the account.
 */
function refuseOwnAccountAsMember(document, members) {
    return pulumi.all([document, members.deployingAccountId]).apply(([doc, deploying]) => {
        const problem = (0, coverage_1.memberAccountProblem)(deploying, members.accountIds);
        if (problem)
            throw new Error(problem);
        return doc;
    });
}
/**
 * Each member account's trails encrypt with this key, and only with their own trail ARNs in the
 * encryption context: CloudTrail user guide, "Configure AWS KMS key policies for CloudTrail" →
 * "Granting encrypt permissions for trails" → "Allow CloudTrail to encrypt logs on behalf of
 * specific accounts" (StringLike kms:EncryptionContext:aws:cloudtrail:arn on
 * `arn:aws:cloudtrail:*:<account>:trail/*`,
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html#create-kms-key-policy-for-cloudtrail-encrypt),
 * plus the aws:SourceArn the same page recommends. A member's trail names are the member's, so
 * aws:SourceArn takes the wildcard form of CloudTrail's "Cross-service confused deputy
 * prevention" page, with the operator it prescribes: "use the aws:SourceArn global context
 * condition key with wildcards (*) for the unknown portions of the ARN. For example,
 * "arn:aws:cloudtrail:*:AccountID:trail/*". When you include a wildcard, you must also use the
 * StringLike condition operator"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cross-service-confused-deputy-prevention.html).
 * Decrypt (required with an S3 Bucket Key) and DescribeKey are the key policy page's required
 * sections 2 and 3, scoped the same way. One statement pair lists every member's trail pattern,
 * as the page's example lists its accounts: CloudTrail sets the encryption context and the source
 * ARN to the same trail, so a member's trails still encrypt only under their own ARNs, and the
 * policy grows by three ARNs per member, not by two statements (KMS key policies are at most
 * 32 KB). Readers in this account decrypt through IAM (AccountAdministersKeyThroughIam); members
 * get no read access.
 */
function memberTrailsUseKey(members) {
    const trails = members.accountIds.map((accountId) => memberTrailArns(members, accountId));
    return [
        {
            Sid: "MemberTrailsEncrypt",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "kms:GenerateDataKey*",
            Resource: "*",
            Condition: {
                StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": trails, "aws:SourceArn": trails },
            },
        },
        {
            Sid: "MemberTrailsDecryptAndDescribe",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:DescribeKey"],
            Resource: "*",
            Condition: { StringLike: { "aws:SourceArn": trails } },
        },
    ];
}
/** `arn:<partition>:logs:<region>:<account>:*` per source region: the form both pages below give for aws:SourceArn. */
function flowLogSourceArns(delivery) {
    return delivery.sourceRegions.map((region) => text `arn:${delivery.partition}:logs:${region}:${delivery.accountId}:*`);
}
/**
 * CloudWatch Logs' delivery service writes flow logs into an SSE-KMS bucket only if the bucket's
 * customer managed key lets it: CloudWatch Logs user guide, "Logs sent to Amazon S3" → "Amazon
 * S3 bucket server-side encryption"
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-S3.html#AWS-logs-SSE-KMS-S3):
 * "You must add the following to the key policy for your customer managed key (not to the bucket
 * policy ...)": principal delivery.logs.amazonaws.com, kms:Encrypt, kms:Decrypt, kms:ReEncrypt*,
 * kms:GenerateDataKey*, kms:DescribeKey, StringEquals aws:SourceAccount and ArnLike aws:SourceArn
 * `arn:aws:logs:<source region>:<source account>:*`. The VPC user guide's "Required key policy
 * for use with SSE-KMS" points to it, and asks for the key's ARN in the bucket's encryption
 * ("If you use a key ID, you can run into a LogDestination undeliverable error"; logArchive.ts
 * sets key.arn). AWS does not edit key policies, so the Sid is ours.
 */
function flowLogDeliveryUsesKey(delivery) {
    return {
        Sid: "FlowLogsDeliveryUsesKey",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
        Resource: "*",
        Condition: {
            StringEquals: { "aws:SourceAccount": delivery.accountId },
            ArnLike: { "aws:SourceArn": flowLogSourceArns(delivery) },
        },
    };
}
/** The account administers the key, and its IAM policies decide who else may use it (KMS's default). */
function accountAdministersKey(account) {
    return {
        Sid: "AccountAdministersKeyThroughIam",
        Effect: "Allow",
        Principal: { AWS: accountRootArn(account) },
        Action: "kms:*",
        Resource: "*",
    };
}
/**
 * CloudWatch alarms and EventBridge rules publish to a KMS-encrypted topic only when the key
 * lets their service principals generate data keys and decrypt: SNS developer guide, "Enable
 * compatibility between event sources from AWS services and encrypted topics"
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services):
 * principal, `kms:GenerateDataKey*` and `kms:Decrypt`, Resource `*`. Step 3 of that page adds
 * `aws:SourceAccount` / `aws:SourceArn` against confused deputies, so the alarms' grant keeps
 * `aws:SourceAccount`; the same page: "Adding the aws:SourceAccount, aws:SourceArn, and
 * aws:SourceOrgID to a AWS KMS policy is not supported for EventBridge-to-encrypted topics", so
 * EventBridge's grant has no condition (one would drop every real-time alert silently).
 */
function topicPublishersUseKey(account) {
    return [
        {
            Sid: "CloudWatchAlarmsPublishToEncryptedTopic",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": account.accountId } },
        },
        {
            Sid: "EventBridgeRulesPublishToEncryptedTopic",
            Effect: "Allow",
            Principal: { Service: "events.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
            Resource: "*",
        },
    ];
}
/** Key policy of a region's topic key, where the region has no trail key to share. */
function topicKeyPolicy(account) {
    return policyDocument([accountAdministersKey(account), ...topicPublishersUseKey(account)]);
}
/**
 * The CloudTrail bucket policy AWS documents, scoped to this trail by `aws:SourceArn`, plus TLS
 * only: CloudTrail user guide, "Amazon S3 bucket policy for CloudTrail"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html).
 * For an organization trail the page writes `AWSLogs/<management account id>/*` and
 * `AWSLogs/<organization id>/*`, and "the value of aws:SourceArn must be a trail ARN that is
 * owned by the management account, and uses the management account ID".
 */
function logBucketPolicy(args) {
    const document = policyDocument(logBucketPolicyStatements(args));
    return args.members ? refuseOwnAccountAsMember(document, args.members) : document;
}
/** The statements of `logBucketPolicy`, plain strings when its arguments are (for sizing before deployment). */
function logBucketPolicyStatements(args) {
    const writePrefixes = [text `${args.bucketArn}/AWSLogs/${args.trailAccountId}/*`];
    if (args.organizationId)
        writePrefixes.push(text `${args.bucketArn}/AWSLogs/${args.organizationId}/*`);
    const statements = [
        denyInsecureTransport("s3:*", [args.bucketArn, text `${args.bucketArn}/*`]),
        {
            Sid: "CloudTrailChecksBucketAcl",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:GetBucketAcl",
            Resource: args.bucketArn,
            Condition: { StringEquals: { "aws:SourceArn": args.trailArn } },
        },
        {
            Sid: "CloudTrailWritesLogs",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: writePrefixes,
            Condition: {
                StringEquals: { "aws:SourceArn": args.trailArn, "s3:x-amz-acl": "bucket-owner-full-control" },
            },
        },
    ];
    if (args.members)
        statements.push(...memberTrailsWrite(args.bucketArn, args.members));
    if (args.flowLogDelivery)
        statements.push(...flowLogDeliveryWrites(args.bucketArn, args.flowLogDelivery));
    if (args.objectLockMode === "GOVERNANCE")
        statements.push(denyGovernanceBypass(args.bucketArn));
    return statements;
}
/**
 * CloudTrail user guide, "Setting bucket policy for multiple accounts"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-set-bucket-policy-for-multiple-accounts.html):
 * the ACL check and a PutObject on `AWSLogs/<account id>/*` per account, s3:x-amz-acl
 * bucket-owner-full-control, and "As a security best practice, add an aws:SourceArn condition
 * key". The page lists exact trail ARNs under StringEquals; a member's trail names are the
 * member's, so aws:SourceArn is the wildcard `arn:<partition>:cloudtrail:*:<member>:trail/*`
 * under StringLike, as CloudTrail's confused-deputy page prescribes for wildcards (see
 * memberTrailsUseKey). One write statement per account: a member's trails reach its own prefix only.
 */
function memberTrailsWrite(bucketArn, members) {
    return [
        {
            Sid: "MemberTrailsCheckBucketAcl",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:GetBucketAcl",
            Resource: bucketArn,
            Condition: { StringLike: { "aws:SourceArn": members.accountIds.map((id) => memberTrailArns(members, id)) } },
        },
        ...members.accountIds.map((accountId) => ({
            Sid: `MemberTrailsWriteLogs${accountId}`,
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: text `${bucketArn}/AWSLogs/${accountId}/*`,
            Condition: {
                StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" },
                StringLike: { "aws:SourceArn": memberTrailArns(members, accountId) },
            },
        })),
    ];
}
/**
 * The statement pair AWS's log delivery adds to a bucket policy that lacks it, written here first
 * so that delivery finds it and leaves the Pulumi-managed policy alone. CloudWatch Logs user
 * guide, "Logs sent to Amazon S3" (the delivery VPC flow logs to S3 use,
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-S3.html):
 * AWS changes the bucket policy "if needed"; "If the bucket does have a resource policy but that
 * policy doesn't contain the statement shown in the previous policy ... that statement is
 * appended". The statements shown are `AWSLogDeliveryAclCheck` (s3:GetBucketAcl) and
 * `AWSLogDeliveryWrite` (s3:PutObject with s3:x-amz-acl bucket-owner-full-control), both with
 * StringEquals aws:SourceAccount and ArnLike aws:SourceArn "in the form
 * arn:aws:logs:source-region:source-account-id:*". So these carry the documented Sids, actions
 * and condition keys, one source ARN per flow-log region: grants under names of our own are not
 * what the page says it looks for, and an appended statement is drift at every `pulumi refresh`.
 * The VPC user guide's version says worse of a policy it does not find: "This policy overwrites
 * any existing policy attached to the bucket"
 * (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-permissions.html), hence also
 * the flow logs' wait for this policy (flowLogs.ts `ready`). From that VPC page: the AclCheck's
 * ["s3:GetBucketAcl", "s3:ListBucket"], and the write on the "Default prefixes" form
 * `bucket_name/optional_folder/AWSLogs/account_id/*` (no Hive-compatible prefixes, flowLogs.ts).
 * The CloudWatch Logs page also warns that a bucket policy with a `NotAction` or `NotPrincipal`
 * element makes creating the log subscription fail: logBucketPolicy uses neither.
 */
function flowLogDeliveryWrites(bucketArn, delivery) {
    const sourceArns = flowLogSourceArns(delivery);
    return [
        {
            Sid: "AWSLogDeliveryAclCheck",
            Effect: "Allow",
            Principal: { Service: "delivery.logs.amazonaws.com" },
            Action: ["s3:GetBucketAcl", "s3:ListBucket"],
            Resource: bucketArn,
            Condition: { StringEquals: { "aws:SourceAccount": delivery.accountId }, ArnLike: { "aws:SourceArn": sourceArns } },
        },
        {
            Sid: "AWSLogDeliveryWrite",
            Effect: "Allow",
            Principal: { Service: "delivery.logs.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: text `${bucketArn}/${awsLimits_1.FLOW_LOG_S3_FOLDER}/AWSLogs/${delivery.accountId}/*`,
            Condition: {
                StringEquals: { "aws:SourceAccount": delivery.accountId, "s3:x-amz-acl": "bucket-owner-full-control" },
                ArnLike: { "aws:SourceArn": sourceArns },
            },
        },
    ];
}
/**
 * GOVERNANCE retention can be shortened or removed by anyone allowed
 * `s3:BypassGovernanceRetention` who sends `x-amz-bypass-governance-retention: true` (S3 user
 * guide, "Locking objects with Object Lock" → Retention modes,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html). Denying that action to
 * every principal in the bucket policy means a bypass first needs a changed bucket policy, which
 * CloudTrail records and the s3-bucket-policy-changes alarm reports. The Deny needs no condition:
 * it only ever takes permissions away.
 */
function denyGovernanceBypass(bucketArn) {
    return {
        Sid: "DenyObjectLockGovernanceBypass",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:BypassGovernanceRetention",
        Resource: text `${bucketArn}/*`,
    };
}
/**
 * S3 server access logging writes with the logging service principal (ACLs are disabled): S3
 * user guide, "Permissions for log delivery"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html#grant-log-delivery-permissions-general):
 * logging.s3.amazonaws.com, s3:PutObject, ArnLike aws:SourceArn on the source bucket and
 * StringEquals aws:SourceAccount.
 */
function accessLogBucketPolicy(args) {
    return policyDocument([
        denyInsecureTransport("s3:*", [args.accessLogBucketArn, text `${args.accessLogBucketArn}/*`]),
        {
            Sid: "S3ServerAccessLogsFromTheLogBucketOnly",
            Effect: "Allow",
            Principal: { Service: "logging.s3.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: text `${args.accessLogBucketArn}/*`,
            Condition: {
                ArnLike: { "aws:SourceArn": args.sourceBucketArn },
                StringEquals: { "aws:SourceAccount": args.account.accountId },
            },
        },
    ]);
}
/**
 * The AWS Config delivery bucket: the three grants AWS documents for a delivery channel's bucket
 * when Config uses its service-linked role, each held to this account (AWS Config developer
 * guide, "Permissions for the Amazon S3 Bucket for the AWS Config Delivery Channel",
 * https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html): the ACL and
 * existence checks on the bucket, and PutObject under `AWSLogs/<account>/Config/` with
 * `bucket-owner-full-control` (the one ACL a bucket-owner-enforced bucket accepts).
 */
function configBucketPolicy(args) {
    const fromThisAccount = { StringEquals: { "AWS:SourceAccount": args.account.accountId } };
    return policyDocument([
        denyInsecureTransport("s3:*", [args.bucketArn, text `${args.bucketArn}/*`]),
        {
            Sid: "AWSConfigBucketPermissionsCheck",
            Effect: "Allow",
            Principal: { Service: "config.amazonaws.com" },
            Action: "s3:GetBucketAcl",
            Resource: args.bucketArn,
            Condition: fromThisAccount,
        },
        {
            Sid: "AWSConfigBucketExistenceCheck",
            Effect: "Allow",
            Principal: { Service: "config.amazonaws.com" },
            Action: "s3:ListBucket",
            Resource: args.bucketArn,
            Condition: fromThisAccount,
        },
        {
            Sid: "AWSConfigBucketDelivery",
            Effect: "Allow",
            Principal: { Service: "config.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: text `${args.bucketArn}/AWSLogs/${args.account.accountId}/Config/*`,
            Condition: {
                StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "AWS:SourceAccount": args.account.accountId },
            },
        },
    ]);
}
/**
 * CloudTrail assumes the delivery role. Exactly the trust AWS documents for the CloudTrail →
 * CloudWatch Logs role: CloudTrail user guide, "Role policy document for CloudTrail to use
 * CloudWatch Logs for monitoring"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html):
 * "Confused deputy prevention is not applicable to the role policy for CloudWatch Logs
 * monitoring. The role policy doesn't support the use of aws:SourceArn and aws:SourceAccount."
 * So no condition: the permissions policy below limits what the role can do to this log group.
 */
function deliveryRoleTrustPolicy() {
    return policyDocument([
        {
            Sid: "CloudTrailAssumesDeliveryRole",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "sts:AssumeRole",
        },
    ]);
}
/**
 * AWS Config assumes the organization aggregator's role, as AWS Config's developer guide creates
 * it ("Add an Aggregator Using AWS Organizations":
 * `aws iam create-role ... "Principal":{"Service":"config.amazonaws.com"},"Action":"sts:AssumeRole"`,
 * https://docs.aws.amazon.com/config/latest/developerguide/set-up-aggregator-cli.html). The page
 * documents no condition key for this AssumeRole, so none is required; the role may do only what
 * AWSConfigRoleForOrganizations allows (read the organization).
 */
function configAggregatorTrustPolicy() {
    return policyDocument([
        {
            Sid: "ConfigAssumesAggregatorRole",
            Effect: "Allow",
            Principal: { Service: "config.amazonaws.com" },
            Action: "sts:AssumeRole",
        },
    ]);
}
/**
 * The AWS managed policy AWS Config's page says to attach to the organization aggregator's role:
 * it "allows AWS Config to call AWS Organizations DescribeOrganization,
 * ListAWSServiceAccessForOrganization, and ListAccounts APIs" (AWS Config developer guide, Setting
 * up an aggregator using the console,
 * https://docs.aws.amazon.com/config/latest/developerguide/setup-aggregator-console.html).
 */
function configAggregatorPolicyArn(partition) {
    return `arn:${partition}:iam::aws:policy/service-role/AWSConfigRoleForOrganizations`;
}
/**
 * Only CreateLogStream and PutLogEvents, only on the streams CloudTrail names in this log group:
 * `<account id>_CloudTrail_<region>*`, and `<organization id>_*` for an organization trail (same
 * page's organization example; stream names: "CloudWatch log group and log stream naming for
 * CloudTrail"). The log group is the deploying account's; the stream prefix carries the trail's.
 */
function deliveryRolePolicy(args) {
    const { account, region, logGroupName } = args;
    const groupArn = text `arn:${account.partition}:logs:${region}:${account.accountId}:log-group:${logGroupName}`;
    const streams = [text `${groupArn}:log-stream:${args.trailAccountId}_CloudTrail_${region}*`];
    if (args.organizationId)
        streams.push(text `${groupArn}:log-stream:${args.organizationId}_*`);
    return policyDocument([
        {
            Sid: "CloudTrailWritesItsLogStreams",
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: streams,
        },
    ]);
}
/**
 * The account manages the topic; this account's alarms in this region and EventBridge rules
 * publish to this one topic; TLS only.
 *
 * CloudWatch alarms: CloudWatch user guide, "Notifying users on alarm changes" → confused-deputy
 * prevention (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html):
 * ArnLike aws:SourceArn on the region's alarms and StringEquals aws:SourceAccount.
 * EventBridge: EventBridge user guide, "Using resource-based policies for Amazon EventBridge" →
 * Amazon SNS permissions (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions):
 * principal events.amazonaws.com, sns:Publish on the topic, and "You can't use Condition blocks
 * in Amazon SNS topic policies for EventBridge." The statement names this one topic; delivery
 * failures are alarmed per region (FailedInvocations, deliveryFailureAlarms.ts).
 */
function topicPolicy(args) {
    const { account, region, topicArn } = args;
    return policyDocument([
        {
            Sid: "AccountManagesTopic",
            Effect: "Allow",
            Principal: { AWS: accountRootArn(account) },
            Action: [
                "sns:GetTopicAttributes",
                "sns:SetTopicAttributes",
                "sns:AddPermission",
                "sns:RemovePermission",
                "sns:DeleteTopic",
                "sns:Subscribe",
                "sns:ListSubscriptionsByTopic",
                "sns:Publish",
            ],
            Resource: topicArn,
        },
        {
            Sid: "CloudWatchAlarmsOfThisAccountPublish",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: topicArn,
            Condition: {
                ArnLike: { "aws:SourceArn": text `arn:${account.partition}:cloudwatch:${region}:${account.accountId}:alarm:*` },
                StringEquals: { "aws:SourceAccount": account.accountId },
            },
        },
        {
            Sid: "EventBridgeRulesPublish",
            Effect: "Allow",
            Principal: { Service: "events.amazonaws.com" },
            Action: "sns:Publish",
            Resource: topicArn,
        },
        denyInsecureTransport("sns:Publish", [topicArn]),
    ]);
}
/**
 * VPC Flow Logs assumes the delivery role for this account's flow logs of this region only: VPC
 * user guide, "Publish flow logs to CloudWatch Logs" → "IAM role for publishing flow logs to
 * CloudWatch Logs" (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-cwl.html#flow-logs-iam-role):
 * principal vpc-flow-logs.amazonaws.com, and the confused-deputy condition the page recommends,
 * StringEquals aws:SourceAccount (the flow log's owner) and ArnLike aws:SourceArn on
 * `arn:aws:ec2:<region>:<account>:vpc-flow-log/*` (the page's wildcard for ids not known yet).
 */
function flowLogRoleTrustPolicy(args) {
    const { account, region } = args;
    return policyDocument([
        {
            Sid: "VpcFlowLogsOfThisAccountAndRegion",
            Effect: "Allow",
            Principal: { Service: "vpc-flow-logs.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: { "aws:SourceAccount": account.accountId },
                ArnLike: { "aws:SourceArn": text `arn:${account.partition}:ec2:${region}:${account.accountId}:vpc-flow-log/*` },
            },
        },
    ]);
}
/**
 * The same page's permissions, narrowed to this one log group. The page says the policy "must
 * include at least the following permissions": CreateLogGroup, CreateLogStream, PutLogEvents,
 * DescribeLogGroups, DescribeLogStreams, and makes no exception for a group that exists
 * (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html). So CreateLogGroup
 * is kept, on this group's name only: the role can never create another group, and the group
 * it names exists, encrypted, with retention and kept through destroy. Writes on this group's
 * streams only; DescribeLogGroups (a list action) on the Region's log groups.
 */
function flowLogRolePolicy(args) {
    const { account, region } = args;
    return policyDocument([
        {
            Sid: "FlowLogsCreateTheirLogGroupOnly",
            Effect: "Allow",
            Action: "logs:CreateLogGroup",
            Resource: args.logGroupArn,
        },
        {
            Sid: "FlowLogsWriteTheirLogGroup",
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
            Resource: text `${args.logGroupArn}:log-stream:*`,
        },
        {
            Sid: "FlowLogsFindTheirLogGroup",
            Effect: "Allow",
            Action: "logs:DescribeLogGroups",
            Resource: text `arn:${account.partition}:logs:${region}:${account.accountId}:log-group:*`,
        },
    ]);
}
/**
 * A key for log groups only (flow logs to CloudWatch Logs; the local log group of a member stack,
 * whose trail logs the central key encrypts): the account administers it, CloudWatch Logs uses it
 * for the named log groups only (CloudWatch Logs user guide, "Encrypt log data in CloudWatch Logs
 * using AWS KMS", ArnEquals kms:EncryptionContext:aws:logs:arn,
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html), and, when
 * it also encrypts the alert topic, alarms and EventBridge publish with it (topicPublishersUseKey).
 */
function logGroupKeyPolicy(args) {
    return policyDocument([
        accountAdministersKey(args.account),
        {
            Sid: "CloudWatchLogsUsesKeyForTheseLogGroupsOnly",
            Effect: "Allow",
            Principal: { Service: (0, regions_1.regionalServicePrincipal)("logs", args.region) },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": args.logGroupArns } },
        },
        ...(args.topicPublishers ? topicPublishersUseKey(args.account) : []),
    ]);
}
/** Member accounts' grants, only when memberAccounts lists some (absent: the policies are unchanged). */
function membersOf(settings, account) {
    const accountIds = settings.memberAccounts ?? [];
    return accountIds.length > 0 ? { partition: account.partition, accountIds, deployingAccountId: account.accountId } : undefined;
}
/**
 * Flow-log delivery grants, only when flow logs go to this archive: from every region that has
 * flow logs (all of the stack's regions with allVpcs). Flow logs of another region deliver to this
 * home-region bucket; S3 encrypts each object with the bucket's default key, which is in the
 * bucket's region (see README, Logging coverage).
 */
function flowLogDeliveryOf(settings, account) {
    const flowLogs = settings.vpcFlowLogs;
    if (!flowLogs || flowLogs.destination !== "s3")
        return undefined;
    const sourceRegions = flowLogs.allVpcs ? settings.regions : settings.regions.filter((r) => (flowLogs.vpcIds[r] ?? []).length > 0);
    return sourceRegions.length > 0 ? { partition: account.partition, accountId: account.accountId, sourceRegions } : undefined;
}
/**
 * The arguments of the home archive's key policy and bucket policy. Config validation calls it
 * with the longest plain values the references can take and measures the documents against
 * KMS's and S3's size limits (settings/limits.ts), so what it measures is what deploys.
 */
function archivePolicyArgs(settings, refs) {
    const members = membersOf(settings, refs.account);
    const flowLogDelivery = flowLogDeliveryOf(settings, refs.account);
    return {
        key: {
            account: refs.account,
            region: refs.region,
            trailArn: refs.trailArn,
            trailName: settings.trailName,
            trailAccountId: refs.trailAccountId,
            logGroupArn: refs.logGroupArn,
            members,
            flowLogDelivery,
        },
        bucket: {
            bucketArn: refs.bucketArn,
            trailArn: refs.trailArn,
            trailAccountId: refs.trailAccountId,
            organizationId: settings.organizationTrail ? settings.organizationId : undefined,
            objectLockMode: settings.objectLock?.mode,
            members,
            flowLogDelivery,
        },
    };
}
