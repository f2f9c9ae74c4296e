/**
 * Installs the peer pack the bench compares against, once, into bench/.peers: says first what it
 * downloads and where, and when npm fails, shows npm's own error in one line. `npm run -s` runs the
 * bench with npm's log level set to silent in the environment (npm_config_loglevel), which the
 * nested npm would inherit and then fail without a word: it runs at level "error" instead.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { InputError, onCleanup } from "../lib/cli";

/** What the install downloads, measured when the bench was written: awsguard, @pulumi/aws 4.x, aws-sdk v2 and theirs. */
export const PEER_DOWNLOAD = "about 250 MB";

export interface PeerInstall {
  /** The npm package spec, e.g. `@pulumi/awsguard@0.3.1`. */
  readonly spec: string;
  /** Its folder under node_modules once installed, e.g. `@pulumi/awsguard`. */
  readonly name: string;
  readonly prefix: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Where the announcement goes (stderr). */
  readonly say: (line: string) => void;
}

/** npm could not install the peer: one line with npm's reason, exit 2. */
export class PeerInstallError extends InputError {}

/** The last lines npm wrote that say what went wrong, joined on one line. */
export function npmReason(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/A complete log of this run can be found in/.test(line));
  const errors = lines.filter((line) => /^npm (error|ERR!)/.test(line));
  return (errors.length > 0 ? errors : lines).slice(0, 4).join(" / ") || "npm printed nothing";
}

export async function installPeer(peer: PeerInstall): Promise<void> {
  if (fs.existsSync(path.join(peer.prefix, "node_modules", peer.name, "package.json"))) return;
  peer.say(`bench: installing ${peer.spec} (${PEER_DOWNLOAD} with its dependencies) into ${peer.prefix}, once; later runs reuse it.`);
  const env = { ...(peer.env ?? process.env), npm_config_loglevel: "error" };
  const child = spawn("npm", ["install", "--prefix", peer.prefix, "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", peer.spec], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const forget = onCleanup(() => child.kill());
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  const code = await new Promise<number | string>((resolve) => {
    child.on("error", (err) => resolve(err.message));
    child.on("close", (status, signal) => resolve(status ?? signal ?? "unknown"));
  });
  forget();
  if (code !== 0) throw new PeerInstallError(`npm install ${peer.spec} failed (${code}): ${npmReason(output)}`);
}
