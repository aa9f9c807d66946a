"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/validation/form-state";

export type SaveStatus = "saved" | "pending" | "saving" | "offline" | "invalid" | "conflict";

export interface FieldState {
  value: unknown;
  version: number;
  status: SaveStatus;
  message?: string;
  /** The stored answer when a save met a newer one. */
  conflict?: { value: unknown; version: number };
}

/** Sends one save; answers as a form action does (`data.status` saved / conflict / unavailable). */
type Save<R> = (request: R) => Promise<FormState>;

/** Builds the request for one field: its key, its value and the version the edit started from. */
export type EncodeSave<R> = (key: string, value: unknown, expectedVersion: number) => R;

/** `save` for a form action that takes FormData. */
export function throughFormAction(action: (state: FormState, formData: FormData) => Promise<FormState>): Save<FormData> {
  return (formData) => action({ ok: false }, formData);
}

const DEBOUNCE_MS = 800;
const RETRY_MS = 3_000;

/**
 * Autosave per field (a question's answer, a requirement's assessment): edits are saved 0.8 s
 * after typing stops, one request per field at a time. A lost connection or a database outage
 * keeps the edit and retries (also when the browser comes back online); a save that meets a newer
 * stored value stops and asks the person what to keep. `save` answers with `data.status`
 * saved / conflict / unavailable / retry, the new `version` and, on a conflict, the stored `value`
 * as JSON.
 */
export function useAutosave<R>(initial: Record<string, { value: unknown; version: number }>, save: Save<R>, encode: EncodeSave<R>) {
  const [fields, setFields] = useState<Record<string, FieldState>>(() =>
    Object.fromEntries(Object.entries(initial).map(([id, answer]) => [id, { ...answer, status: "saved" as const }])),
  );
  // The latest field states for the async save callbacks; React state is for rendering.
  const fieldsRef = useRef(fields);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());
  const flushRef = useRef<(key: string) => Promise<void>>(async () => undefined);
  const encodeRef = useRef(encode);
  useEffect(() => {
    encodeRef.current = encode;
  }, [encode]);

  const later = useCallback((key: string, delay: number) => {
    clearTimeout(timers.current.get(key));
    timers.current.set(key, setTimeout(() => void flushRef.current(key), delay));
  }, []);

  const update = useCallback((key: string, patch: Partial<FieldState>) => {
    setFields((current) => {
      const previous = current[key] ?? { value: null, version: 0, status: "saved" as const };
      const next = { ...current, [key]: { ...previous, ...patch } };
      fieldsRef.current = next;
      return next;
    });
  }, []);

  const flush = useCallback(
    async (key: string, overrideVersion?: number) => {
      if (inFlight.current.has(key)) return;
      const field = fieldsRef.current[key];
      if (!field) return;
      inFlight.current.add(key);
      const sentValue = field.value;
      update(key, { status: "saving" });
      const request = encodeRef.current(key, sentValue, overrideVersion ?? field.version);
      try {
        const result = await save(request);
        const status = result.data?.status;
        if (status === "saved") {
          const stillSame = fieldsRef.current[key]?.value === sentValue;
          update(key, { version: Number(result.data?.version), status: stillSame ? "saved" : "pending", message: undefined, conflict: undefined });
          if (!stillSame) later(key, DEBOUNCE_MS);
        } else if (status === "conflict") {
          update(key, {
            status: "conflict",
            message: result.message,
            conflict: { value: JSON.parse(String(result.data?.value ?? "null")), version: Number(result.data?.version) },
          });
        } else if (status === "unavailable") {
          update(key, { status: "offline", message: "Kunde inte spara just nu – tjänsten når inte sin databas. Vi försöker igen." });
          later(key, RETRY_MS);
        } else if (status === "retry") {
          later(key, DEBOUNCE_MS);
          update(key, { status: "pending" });
        } else {
          update(key, { status: "invalid", message: result.message });
        }
      } catch {
        update(key, { status: "offline", message: "Kunde inte spara – ingen kontakt med servern. Vi försöker igen." });
        later(key, RETRY_MS);
      } finally {
        inFlight.current.delete(key);
      }
    },
    [later, save, update],
  );

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (key: string, value: unknown) => {
      if (fieldsRef.current[key]?.status === "conflict") return;
      update(key, { value, status: "pending" });
      later(key, DEBOUNCE_MS);
    },
    [later, update],
  );

  /** Resolves a conflict: keep one's own text (save it over the newer one) or take the stored one. */
  const resolve = useCallback(
    (key: string, keep: "mine" | "theirs") => {
      const conflict = fieldsRef.current[key]?.conflict;
      if (!conflict) return;
      if (keep === "theirs") {
        update(key, { value: conflict.value, version: conflict.version, status: "saved", conflict: undefined, message: undefined });
      } else {
        update(key, { version: conflict.version, status: "pending", conflict: undefined, message: undefined });
        void flush(key, conflict.version);
      }
    },
    [flush, update],
  );

  useEffect(() => {
    const retryAll = () => {
      for (const [id, field] of Object.entries(fieldsRef.current)) if (field.status === "offline") void flush(id);
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.values(fieldsRef.current).some((field) => ["pending", "saving", "offline"].includes(field.status))) event.preventDefault();
    };
    window.addEventListener("online", retryAll);
    window.addEventListener("beforeunload", warn);
    const pending = timers.current;
    return () => {
      window.removeEventListener("online", retryAll);
      window.removeEventListener("beforeunload", warn);
      pending.forEach(clearTimeout);
    };
  }, [flush]);

  return { fields, change, resolve };
}
