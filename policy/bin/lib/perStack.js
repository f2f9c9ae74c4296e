"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.perStack = perStack;
function perStack(derive) {
    const done = new WeakMap();
    return (resources) => {
        if (done.has(resources))
            return done.get(resources);
        const value = derive(resources);
        done.set(resources, value);
        return value;
    };
}
