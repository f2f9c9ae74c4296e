/**
 * Reads a text file the way the tools' inputs are written in practice: UTF-8 with or without a
 * byte-order mark (Pulumi strips it, pulumi/pulumi v3.248.0 sdk/go/common/workspace/loaders.go
 * readFileStripUTF8BOM), and UTF-16 with its byte-order mark, what Windows PowerShell 5's `>`
 * and Out-File write (Microsoft, about_Redirection; gopkg.in/yaml.v3, which reads Pulumi's stack
 * files, decodes UTF-16 by its mark too). Anything else is refused with what to do, never
 * decoded into garbage that parses as something else.
 */
import * as fs from "fs";

/** The text, or what is wrong with the bytes (a sentence to follow the file's name). */
export type DecodedText = { readonly text: string } | { readonly problem: string };

const SAVE_AS_UTF8 = "save it as UTF-8 (in PowerShell: `| Out-File -Encoding utf8`)";

export function decodeText(bytes: Uint8Array): DecodedText {
  const decode = (encoding: "utf-8" | "utf-16le" | "utf-16be", from: number, what: string): DecodedText => {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from)) };
    } catch {
      return { problem: `is not valid ${what} text; ${SAVE_AS_UTF8}` };
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode("utf-8", 3, "UTF-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", 2, "UTF-16");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", 2, "UTF-16");
  // No text file of ours holds a NUL; UTF-16 without its mark does, in every ASCII character.
  if (bytes.includes(0)) return { problem: `looks like UTF-16 without a byte-order mark, which cannot be read reliably; ${SAVE_AS_UTF8}` };
  return decode("utf-8", 0, "UTF-8");
}

/** Reads `file` as text; `fail` makes the caller's one-line error from a sentence about the file. */
export function readTextFile(file: string, fail: (problem: string) => Error): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw fail(`cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) throw fail(decoded.problem);
  return decoded.text;
}
