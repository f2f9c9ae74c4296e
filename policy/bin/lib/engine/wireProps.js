"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wireProps = wireProps;
exports.wirePropsWithSecrets = wirePropsWithSecrets;
exports.withSecrets = withSecrets;
const props_1 = require("../props");
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
function unwrap(value) {
    if (value === null || typeof value !== "object")
        return value;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = unwrap(value[i]);
        return value;
    }
    if (value[SIG_KEY] === SECRET_SIG)
        return unwrap(value.value ?? null);
    for (const key of Object.keys(value))
        value[key] = unwrap(value[key]);
    return value;
}
function holdsSecret(value) {
    if (value === null || typeof value !== "object")
        return false;
    if (Array.isArray(value))
        return value.some(holdsSecret);
    return value[SIG_KEY] === SECRET_SIG || Object.values(value).some(holdsSecret);
}
/** The properties of one resource, read once. */
function wireProps(struct) {
    return wirePropsWithSecrets(struct).props;
}
function wirePropsWithSecrets(struct) {
    const js = (struct?.toJavaScript() ?? {});
    const secretKeys = new Set();
    for (const key of Object.keys(js))
        if (holdsSecret(js[key]))
            secretKeys.add(key);
    return { props: (0, props_1.markPlain)(secretKeys.size > 0 ? unwrap(js) : js), secretKeys };
}
/** A remediation's properties for the wire: each property that held a secret is sent as one. */
function withSecrets(props, secretKeys) {
    const out = {};
    for (const [key, value] of Object.entries(props))
        out[key] = secretKeys.has(key) && !holdsSecret(value) ? { [SIG_KEY]: SECRET_SIG, value } : value;
    return out;
}
