import { servePack } from "./lib/engine/analyzerServer";
import { POLICIES } from "./policies";

servePack({ name: "aws-security-baseline", policies: [...POLICIES] });
