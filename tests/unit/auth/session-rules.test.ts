import { describe, expect, it } from "vitest";
import { SESSION_IDLE_SECONDS, sessionHolder } from "@/lib/auth/session-rules";

const NOW = 1_800_000_000;

describe("sessionHolder", () => {
  it("names the user and the session version the token carries", () => {
    expect(sessionHolder({ userId: "u-1", sessionVersion: 4, lastSeen: NOW - 60 }, NOW)).toEqual({ userId: "u-1", sessionVersion: 4 });
    expect(sessionHolder({ userId: "u-1" }, NOW)).toEqual({ userId: "u-1", sessionVersion: 0 });
  });

  it("is nobody for a missing or revoked token, or one idle longer than the idle timeout", () => {
    expect(sessionHolder(null, NOW)).toBeNull();
    expect(sessionHolder({}, NOW)).toBeNull();
    expect(sessionHolder({ userId: "u-1", revoked: true }, NOW)).toBeNull();
    expect(sessionHolder({ userId: "u-1", lastSeen: NOW - SESSION_IDLE_SECONDS }, NOW)).not.toBeNull();
    expect(sessionHolder({ userId: "u-1", lastSeen: NOW - SESSION_IDLE_SECONDS - 1 }, NOW)).toBeNull();
  });
});
