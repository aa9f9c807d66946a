/**
 * Where uploaded bytes live. The app depends on this interface only, so a deployment can swap the
 * local folder for S3 or another object store without touching the rest.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

/** Files in a local folder (UPLOAD_DIR, default .data/uploads); keys are generated ids, never user input. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/i.test(key)) throw new Error("Ogiltig lagringsnyckel");
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    // Evidence is readable by the app's own OS user only.
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let store: FileStore | undefined;

export function fileStore(): FileStore {
  store ??= new LocalFileStore(process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"));
  return store;
}
