import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

/**
 * The ceiling `npm run bench` compares the autosave endpoint with: a bare handler that reads the
 * same JSON body and does one INSERT through the app's own connection pool, with no session,
 * permission check or transaction. It exists only while BENCHMARK_CEILING=on (set by the bench for
 * its own server); otherwise it answers 404 and touches nothing.
 */
export async function PUT(request: Request): Promise<Response> {
  if (process.env.BENCHMARK_CEILING !== "on") return NextResponse.json({ message: "Sidan finns inte." }, { status: 404 });
  const body = await request.text();
  const [row] = await db.$queryRaw<{ id: bigint }[]>`INSERT INTO bench_ceiling (body) VALUES (${body}::jsonb) RETURNING id`;
  return NextResponse.json({ id: Number(row!.id) });
}
