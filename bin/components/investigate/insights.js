"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UntranslatableFilter = void 0;
exports.translateFilter = translateFilter;
exports.investigationQueries = investigationQueries;
exports.alarmQueries = alarmQueries;
exports.queryDefinitionArgs = queryDefinitionArgs;
/**
 * CloudWatch Logs Insights query definitions on the trail's log group: the investigation
 * questions over the recent window the log group keeps, and one query per alarm that lists the
 * events behind it, its filter pattern translated to an Insights `filter` expression.
 *
 * Query language: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html
 * (`filter`, with `like /regex/`: .../CWL_QuerySyntax-Filter.html; `ispresent`, `and`/`or`/`not`
 * and comparisons: .../CWL_QuerySyntax-operations-functions.html). CloudTrail's JSON fields are
 * discovered with dot notation for nested fields and array indexes
 * (.../CWL_AnalyzeLogData-discoverable-fields.html).
 */
const names_1 = require("../../settings/names");
const filterPattern_1 = require("../../policy/lib/filterPattern");
/** A filter pattern construct with no faithful Insights translation. */
class UntranslatableFilter extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = "UntranslatableFilter";
    }
}
exports.UntranslatableFilter = UntranslatableFilter;
/** Insights field names: names with characters other than letters, digits, `_`, `.` and `@` go in backticks. */
function fieldName(selector) {
    const parts = selector.steps.map((step) => (step.kind === "index" ? String(step.index) : step.name));
    for (const part of parts) {
        if (part.includes("`"))
            throw new UntranslatableFilter(`field name ${selector.text} contains a backtick`);
    }
    const name = parts.join(".");
    return /^[A-Za-z_@][A-Za-z0-9_.@]*$/.test(name) ? name : `\`${name}\``;
}
function stringLiteral(text) {
    if (/["\\\n]/.test(text))
        throw new UntranslatableFilter(`value ${JSON.stringify(text)} needs escaping Insights does not document`);
    return `"${text}"`;
}
/** A filter-pattern glob (`*` = any run, whole value) as an anchored Insights regex literal. */
function globRegex(glob) {
    const body = glob
        .split("*")
        .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
        .join(".*");
    return `/^${body}$/`;
}
function regexLiteral(source) {
    if (source.includes("/"))
        throw new UntranslatableFilter(`regex ${source} contains "/"`);
    return `/${source}/`;
}
/** `field <op> value` for a value the field holds (string, glob, regex or number). */
function matchValue(field, value, negate) {
    switch (value.kind) {
        case "number":
            return `${field} ${negate ? "!=" : "="} ${value.text}`;
        case "regex":
            return `${field} ${negate ? "not like" : "like"} ${regexLiteral(value.source)}`;
        case "string":
            if (value.text.includes("*"))
                return `${field} ${negate ? "not like" : "like"} ${globRegex(value.text)}`;
            return `${field} ${negate ? "!=" : "="} ${stringLiteral(value.text)}`;
    }
}
/**
 * Translates a parsed JSON filter pattern to an Insights boolean expression with the same
 * meaning. Where Insights' behaviour on a missing field is not documented, the translation says
 * it explicitly: `!=` in a filter pattern never matches a missing field, so it becomes
 * `ispresent(f) and f != v`; `NOT EXISTS` becomes `not ispresent(f)`.
 */
function translateFilter(node) {
    switch (node.kind) {
        case "or":
            return `(${node.operands.map(translateFilter).join(" or ")})`;
        case "and":
            return `(${node.operands.map(translateFilter).join(" and ")})`;
        case "comparison": {
            const field = fieldName(node.selector);
            if (node.operator === "=")
                return matchValue(field, node.value, false);
            if (node.operator === "!=")
                return `(ispresent(${field}) and ${matchValue(field, node.value, true)})`;
            if (node.value.kind !== "number")
                throw new UntranslatableFilter(`${node.operator} on a non-number at ${node.selector.text}`);
            return `${field} ${node.operator} ${node.value.text}`;
        }
        case "test":
            if (node.test === "NOT EXISTS")
                return `not ispresent(${fieldName(node.selector)})`;
            // JSON null and booleans: Insights does not document how it exposes them.
            throw new UntranslatableFilter(`${node.selector.text} ${node.test}: Insights does not document JSON null or boolean values`);
    }
}
const EVENT_FIELDS = "fields @timestamp, eventSource, eventName, awsRegion, sourceIPAddress, errorCode, userIdentity.arn, userIdentity.type";
const NEWEST_FIRST = "sort @timestamp desc\n| limit 1000";
function listing(filter) {
    return `${EVENT_FIELDS}\n| filter ${filter}\n| ${NEWEST_FIRST}`;
}
/** The investigation questions, over the time range chosen when running the query. */
function investigationQueries() {
    return [
        {
            id: "principal-activity",
            title: "Everything one principal did",
            queryString: listing(`userIdentity.arn = "<principal ARN>" or userIdentity.accessKeyId = "<access key ID>" or userIdentity.sessionContext.sessionIssuer.arn = "<role ARN>"`),
        },
        {
            id: "root-activity",
            title: "Root user activity",
            queryString: listing(`userIdentity.type = "Root" and not ispresent(userIdentity.invokedBy) and eventType != "AwsServiceEvent"`),
        },
        {
            id: "failed-console-sign-ins",
            title: "Failed console sign-ins by source IP",
            queryString: `filter eventName = "ConsoleLogin" and errorMessage = "Failed authentication"
| stats count(*) as attempts, min(@timestamp) as firstSeen, max(@timestamp) as lastSeen by sourceIPAddress, userIdentity.userName
| sort attempts desc`,
        },
        {
            id: "access-denied-by-principal",
            title: "Access denied, by principal",
            queryString: `filter errorCode like /AccessDenied/ or errorCode like /UnauthorizedOperation/
| stats count(*) as refusals, max(@timestamp) as lastSeen by userIdentity.arn, eventSource, eventName, errorCode
| sort refusals desc`,
        },
        {
            id: "resource-changes",
            title: "Changes to one resource",
            queryString: listing(`@message like "<resource name or ARN>" and eventName not like /^(Get|List|Describe|Head)/`),
        },
        {
            id: "source-ip-activity",
            title: "Activity from one IP address",
            queryString: listing(`sourceIPAddress = "<IP address>"`),
        },
    ];
}
/** One query per alarm listing the events behind it. */
function alarmQueries(alarms) {
    const queries = [];
    const untranslated = [];
    for (const alarm of alarms) {
        try {
            const filter = translateFilter((0, filterPattern_1.parseFilterPattern)(alarm.filterPattern));
            queries.push({ id: `alarm-${alarm.id}`, title: `Events behind the alarm: ${alarm.title}`, queryString: listing(filter) });
        }
        catch (error) {
            if (!(error instanceof UntranslatableFilter))
                throw error;
            untranslated.push({ id: alarm.id, reason: error.reason });
        }
    }
    return { queries, untranslated };
}
/**
 * `aws.cloudwatch.QueryDefinition` args; `folder/` in the name files them in a console folder.
 * Names come from settings/names.ts (valid for the provider by construction). PutQueryDefinition: queryString 1-10000
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutQueryDefinition.html).
 */
function queryDefinitionArgs(folder, logGroupName, queries) {
    const names = (0, names_1.queryDefinitionNames)(folder, queries.map((q) => q.title));
    return queries.map((query, index) => ({
        id: query.id,
        args: { name: names[index], queryString: query.queryString, logGroupNames: [logGroupName] },
    }));
}
