import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { linesOf } from "@/lib/db/backup";

async function collect(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of linesOf(Readable.from(chunks))) lines.push(line);
  return lines;
}

describe("reading a backup's lines", () => {
  it("keeps a character whose bytes two chunks share", async () => {
    const bytes = Buffer.from('{"text":"följs upp – gärna"}\n{"text":"å"}', "utf8");
    // Cut at every byte position, the inside of ö, – and å included.
    for (let cut = 1; cut < bytes.length; cut += 1) {
      expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['{"text":"följs upp – gärna"}', '{"text":"å"}']);
    }
  });

  it("gives the last line without a newline, and nothing for an empty stream", async () => {
    expect(await collect([Buffer.from("a\nb\n"), Buffer.from("c")])).toEqual(["a", "b", "c"]);
    expect(await collect([])).toEqual([]);
  });
});
