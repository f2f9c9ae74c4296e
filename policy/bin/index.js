"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const analyzerServer_1 = require("./lib/engine/analyzerServer");
const policies_1 = require("./policies");
(0, analyzerServer_1.servePack)({ name: "aws-security-baseline", policies: [...policies_1.POLICIES] });
