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

type SaveAction = (state: FormState, formData: FormData) => Promise<FormState>;

const DEBOUNCE_MS = 800;
const RETRY_MS = 3_000;

/**
 * Autosave per question: edits are saved 0.8 s after typing stops, one request per question at a
 * time. A lost connection keeps the edit and retries (also when the browser comes back online);
 * a save that meets a newer stored answer stops and asks the person what to keep.
 */
export function useAutosave(selfAssessmentId: string, initial: Record<string, { value: unknown; version: number }>, save: SaveAction) {
  const [fields, setFields] = useState<Record<string, FieldState>>(() =>
    Object.fromEntries(Object.entries(initial).map(([id, answer]) => [id, { ...answer, status: "saved" as const }])),
  );
  // The latest field states for the async save callbacks; React state is for rendering.
  const fieldsRef = useRef(fields);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());
  const flushRef = useRef<(questionId: string) => Promise<void>>(async () => undefined);

  const later = useCallback((questionId: string, delay: number) => {
    clearTimeout(timers.current.get(questionId));
    timers.current.set(questionId, setTimeout(() => void flushRef.current(questionId), delay));
  }, []);

  const update = useCallback((questionId: string, patch: Partial<FieldState>) => {
    setFields((current) => {
      const previous = current[questionId] ?? { value: null, version: 0, status: "saved" as const };
      const next = { ...current, [questionId]: { ...previous, ...patch } };
      fieldsRef.current = next;
      return next;
    });
  }, []);

  const flush = useCallback(
    async (questionId: string, overrideVersion?: number) => {
      if (inFlight.current.has(questionId)) return;
      const field = fieldsRef.current[questionId];
      if (!field) return;
      inFlight.current.add(questionId);
      const sentValue = field.value;
      update(questionId, { status: "saving" });
      const formData = new FormData();
      formData.set("selfAssessmentId", selfAssessmentId);
      formData.set("questionId", questionId);
      formData.set("value", JSON.stringify(sentValue ?? null));
      formData.set("expectedVersion", String(overrideVersion ?? field.version));
      try {
        const result = await save({ ok: false }, formData);
        const status = result.data?.status;
        if (status === "saved") {
          const stillSame = fieldsRef.current[questionId]?.value === sentValue;
          update(questionId, { version: Number(result.data?.version), status: stillSame ? "saved" : "pending", message: undefined, conflict: undefined });
          if (!stillSame) later(questionId, DEBOUNCE_MS);
        } else if (status === "conflict") {
          update(questionId, {
            status: "conflict",
            message: result.message,
            conflict: { value: JSON.parse(String(result.data?.value ?? "null")), version: Number(result.data?.version) },
          });
        } else {
          update(questionId, { status: "invalid", message: result.message });
        }
      } catch {
        update(questionId, { status: "offline", message: "Kunde inte spara – ingen kontakt med servern. Vi försöker igen." });
        later(questionId, RETRY_MS);
      } finally {
        inFlight.current.delete(questionId);
      }
    },
    [later, save, selfAssessmentId, update],
  );

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (questionId: string, value: unknown) => {
      if (fieldsRef.current[questionId]?.status === "conflict") return;
      update(questionId, { value, status: "pending" });
      later(questionId, DEBOUNCE_MS);
    },
    [later, update],
  );

  /** Resolves a conflict: keep one's own text (save it over the newer one) or take the stored one. */
  const resolve = useCallback(
    (questionId: string, keep: "mine" | "theirs") => {
      const conflict = fieldsRef.current[questionId]?.conflict;
      if (!conflict) return;
      if (keep === "theirs") {
        update(questionId, { value: conflict.value, version: conflict.version, status: "saved", conflict: undefined, message: undefined });
      } else {
        update(questionId, { version: conflict.version, status: "pending", conflict: undefined, message: undefined });
        void flush(questionId, conflict.version);
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
