import { chmod, mkdir, mkdtemp, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { letOthersReach } from "@/lib/db/embedded";

const modeOf = async (dir: string) => (await stat(dir)).mode & 0o777;

describe("letting PostgreSQL (another OS user) reach the project's files", () => {
  it("opens closed folders inside the project for traversal only, as a clone in mktemp -d needs", async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), "reach-"));
    await chmod(parent, 0o755);
    const project = path.join(parent, "projekt");
    await mkdir(path.join(project, ".data"), { recursive: true });
    await chmod(project, 0o700);
    const opened = await letOthersReach([path.join(project, ".data")], project);
    expect(opened).toEqual([project]);
    expect(await modeOf(project)).toBe(0o701);
    expect(await letOthersReach([path.join(project, ".data")], project)).toEqual([]);
  });

  it("refuses, naming the folder, when a folder above the project is closed (e.g. /root), and changes nothing there", async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "home-"));
    await chmod(home, 0o700);
    const project = path.join(home, "projekt");
    await mkdir(path.join(project, ".data"), { recursive: true });
    await expect(letOthersReach([path.join(project, ".data")], project)).rejects.toThrow(`kommer inte åt ${home} (stängd för andra användare)`);
    expect(await modeOf(home)).toBe(0o700);
  });
});
