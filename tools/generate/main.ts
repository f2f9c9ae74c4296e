/**
 * `npm run -s generate`: writes every generated file from its source (tools/generate/files.ts
 * lists them: the settings' declarations, Pulumi.yaml's config, the README's and docs/' tables,
 * the self-healing function's code, the pack's and the component's compiled JavaScript, schema.json) and removes compiled files
 * whose source is gone. Prints what changed; running it twice changes nothing the second time.
 */
import * as fs from "fs";
import * as path from "path";
import { EXIT_OK, defineCommand, lazyBody, runMain } from "../lib/cli";

const GENERATE_COMMAND = defineCommand({
  name: "generate",
  summary:
    "Writes every generated file from its source: settings/declarations.generated.ts and Pulumi.yaml's config (settings/args.ts), the generated tables of README.md and docs/, docs/provider-rules.md, the self-healing function's code, policy/bin, the component's bin/ and schema.json. Prints each file it changed.",
  usage: "",
  flags: {},
  exitCodes: { 0: "every generated file is current", 1: "not used by generate" },
});

void runMain(
  GENERATE_COMMAND,
  lazyBody(async () => {
    const { ROOT, generatedFiles } = await import("./files");
    const { binOrphans } = await import("./policyBin");
    return {
      main: async (_args, io) => {
        const files = await generatedFiles();
        const changed: string[] = [];
        for (const [file, content] of files) {
          const full = path.join(ROOT, file);
          if (fs.existsSync(full) && fs.readFileSync(full, "utf8") === content) continue;
          fs.mkdirSync(path.dirname(full), { recursive: true });
          fs.writeFileSync(full, content);
          changed.push(`wrote ${file}`);
        }
        const orphans = binOrphans(new Map([...files].map(([file, content]) => [path.join(ROOT, file), content])));
        for (const orphan of orphans) {
          fs.rmSync(orphan);
          changed.push(`removed ${path.relative(ROOT, orphan)} (its source is gone)`);
        }
        io.out(changed.length === 0 ? "every generated file is current\n" : `${changed.join("\n")}\n`);
        return EXIT_OK;
      },
    };
  }),
);
