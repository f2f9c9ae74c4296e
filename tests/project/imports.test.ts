/**
 * The product's layers: settings/ (the arguments, their validation and the names derived from
 * them) and lib/ (AWS's rules and limits, policy documents) sit below components/, which builds
 * resources from them; nothing imports in a circle.
 */
import { strict as assert } from "assert";
import { importCycles, importGraph } from "../helpers/importGraph";

describe("imports", () => {
  const graph = importGraph();

  it("form no cycle anywhere in the product", () => {
    assert.deepEqual(importCycles(graph), []);
  });

  it("finds a cycle when there is one (the check itself)", () => {
    const looped = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    assert.deepEqual(importCycles(looped), [["a.ts", "b.ts", "c.ts"]]);
  });

  it("keep settings/ and lib/ below components/, tools/ and the program", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith("settings/") || file.startsWith("lib/")
        ? targets.filter((t) => t.startsWith("components/") || t.startsWith("tools/") || !t.includes("/")).map((t) => `${file} → ${t}`)
        : [],
    );
    assert.deepEqual(upward, []);
    assert.ok(graph.has("settings/index.ts") && graph.has("lib/providerRules.ts"), "the graph holds both layers");
  });
});
