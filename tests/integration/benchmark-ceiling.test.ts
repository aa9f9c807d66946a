import { afterEach, describe, expect, it } from "vitest";
import { PUT } from "@/app/api/benchmark/insert/route";
import { adminDb } from "../fixtures/admin-db";

const put = () => PUT(new Request("http://test/api/benchmark/insert", { method: "PUT", headers: { "content-type": "application/json" }, body: '{"a":1}' }));

async function ceilingRows(): Promise<number> {
  const rows = await adminDb.$queryRawUnsafe<{ count: bigint }[]>("SELECT count(*) FROM bench_ceiling");
  return Number(rows[0]!.count);
}

describe("the benchmarks' bare-INSERT ceiling route", () => {
  afterEach(() => {
    delete process.env.BENCHMARK_CEILING;
  });

  it("does not exist unless the bench turned it on: 404, and nothing is written", async () => {
    await adminDb.$executeRawUnsafe("CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())");
    await adminDb.$executeRawUnsafe("GRANT INSERT ON bench_ceiling TO kvalitet_app");
    await adminDb.$executeRawUnsafe("GRANT USAGE ON SEQUENCE bench_ceiling_id_seq TO kvalitet_app");
    for (const value of [undefined, "", "1", "true", "ON"]) {
      if (value === undefined) delete process.env.BENCHMARK_CEILING;
      else process.env.BENCHMARK_CEILING = value;
      const response = await put();
      expect(response.status, `BENCHMARK_CEILING=${value}`).toBe(404);
    }
    expect(await ceilingRows()).toBe(0);

    process.env.BENCHMARK_CEILING = "on";
    const response = await put();
    expect(response.status).toBe(200);
    expect(await ceilingRows()).toBe(1);
  });
});
