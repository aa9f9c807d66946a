"use client";

import { useEffect, useMemo, useRef, useState, useTransition, type ClipboardEvent, type KeyboardEvent } from "react";
import { pasteBlock, parseYesNo, type EntryValue } from "@/lib/domain/indicator-entry";
import type { EntrySheet } from "@/lib/data/indicators";
import { AGE_BAND_LABELS } from "@/lib/domain/labels";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

type Values = Record<string, EntryValue>;
type Position = { row: number; column: number };

const keyOf = (placementId: string, indicatorId: string) => `${placementId}:${indicatorId}`;
const VALUE_TEXT = (value: EntryValue) => (value === true ? "Ja" : value === false ? "Nej" : "–");
const NEXT_ON_TOGGLE = (value: EntryValue): EntryValue => (value === null ? true : value === true ? false : null);

function initialValues(sheet: EntrySheet): Values {
  const values: Values = {};
  for (const row of sheet.rows) {
    for (const [indicatorId, value] of Object.entries(row.values)) if (value !== "n/a") values[keyOf(row.placementId, indicatorId)] = value;
  }
  return values;
}

/**
 * A spreadsheet-like table for reporting indicators: one row per placement, one column per
 * indicator. A click selects a cell (it does not change it); arrow keys move, J/N (or 1/0) answer
 * and move down, Space or a double-click toggles, Delete clears, Ctrl+V pastes a block copied from
 * Excel from the focused cell, Ctrl+S saves. Nothing is saved until "Spara".
 */
export function IndicatorEntryGrid({ sheet, action }: { sheet: EntrySheet; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [saved, setSaved] = useState<Values>(() => initialValues(sheet));
  const [values, setValues] = useState<Values>(saved);
  const [focus, setFocus] = useState<Position>({ row: 0, column: 0 });
  const [problems, setProblems] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<FormState | null>(null);
  const [saving, startSaving] = useTransition();
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());

  const { rows, indicators } = sheet;
  const isApplicable = (row: number, column: number) => rows[row]!.values[indicators[column]!.id] !== "n/a";
  const cellKey = (row: number, column: number) => keyOf(rows[row]!.placementId, indicators[column]!.id);

  const changes = useMemo(
    () =>
      Object.entries(values)
        .filter(([key, value]) => saved[key] !== value)
        .map(([key, met]) => {
          const [placementId, indicatorId] = key.split(":") as [string, string];
          return { placementId, indicatorId, met };
        }),
    [values, saved],
  );

  useEffect(() => {
    if (changes.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [changes.length]);

  const moveTo = (row: number, column: number) => {
    const next = { row: Math.max(0, Math.min(rows.length - 1, row)), column: Math.max(0, Math.min(indicators.length - 1, column)) };
    setFocus(next);
    cellRefs.current.get(`${next.row}:${next.column}`)?.focus();
  };

  const setCell = (row: number, column: number, value: EntryValue) => {
    if (!isApplicable(row, column)) return;
    setValues((current) => ({ ...current, [cellKey(row, column)]: value }));
    setOutcome(null);
  };

  const save = () => {
    if (changes.length === 0 || saving) return;
    const sent = { ...values };
    const formData = new FormData();
    formData.set("year", String(sheet.year));
    formData.set("changes", JSON.stringify(changes));
    startSaving(async () => {
      try {
        const result = await action(INITIAL_FORM_STATE, formData);
        setOutcome(result);
        if (result.ok) setSaved(sent);
      } catch {
        setOutcome({ ok: false, message: "Ingen kontakt med servern. Ändringarna finns kvar här; försök spara igen." });
      }
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, row: number, column: number) => {
    const key = event.key;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      Enter: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
      Home: event.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 },
      End: event.ctrlKey ? { row: rows.length - 1, column: indicators.length - 1 } : { row, column: indicators.length - 1 },
      PageUp: { row: row - 10, column },
      PageDown: { row: row + 10, column },
    };
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === "s") {
      event.preventDefault();
      save();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (moves[key]) {
      event.preventDefault();
      moveTo(moves[key].row, moves[key].column);
      return;
    }
    if (key === "Delete" || key === "Backspace") {
      event.preventDefault();
      setCell(row, column, null);
      return;
    }
    if (key === " ") {
      event.preventDefault();
      setCell(row, column, NEXT_ON_TOGGLE(values[cellKey(row, column)] ?? null));
      return;
    }
    const typed = key.length === 1 ? parseYesNo(key) : undefined;
    if (typed !== undefined && typed !== null) {
      event.preventDefault();
      setCell(row, column, typed);
      moveTo(row + 1, column);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (!text) return;
    event.preventDefault();
    const result = pasteBlock(text, focus, { rows: rows.length, columns: indicators.length }, isApplicable);
    setValues((current) => {
      const next = { ...current };
      for (const cell of result.cells) next[cellKey(cell.row, cell.column)] = cell.value;
      return next;
    });
    setProblems([`${result.cells.length} ${result.cells.length === 1 ? "värde klistrades in" : "värden klistrades in"}.`, ...result.problems]);
    setOutcome(null);
  };

  if (rows.length === 0) return <p className="text-slate-600">Inga placeringar pågick under {sheet.year} med det här urvalet.</p>;
  if (indicators.length === 0) return <p className="text-slate-600">Det finns inga aktiva indikatorer att rapportera.</p>;

  const reportedCount = (column: number) => rows.filter((_, row) => isApplicable(row, column) && (values[cellKey(row, column)] ?? null) !== null).length;
  const applicableCount = (column: number) => rows.filter((_, row) => isApplicable(row, column)).length;

  return (
    <div className="space-y-3">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <button
          type="button"
          onClick={save}
          disabled={changes.length === 0 || saving}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {saving ? "Sparar…" : changes.length ? `Spara ${changes.length} ${changes.length === 1 ? "ändring" : "ändringar"}` : "Spara"}
        </button>
        <button type="button" onClick={() => setValues(saved)} disabled={changes.length === 0 || saving} className="rounded-md border border-slate-300 px-3 py-2 text-sm disabled:opacity-60">
          Ångra osparade
        </button>
        <p role="status" className="text-sm text-slate-700">
          {outcome?.ok ? outcome.message : changes.length ? `${changes.length} ${changes.length === 1 ? "ändring är inte sparad" : "ändringar är inte sparade"} ännu.` : "Alla ändringar är sparade."}
        </p>
        {outcome && !outcome.ok ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {outcome.message}
          </p>
        ) : null}
      </div>
      {problems.length ? (
        <ul aria-label="Resultat av inklistringen" className="list-disc space-y-1 rounded-md bg-amber-50 p-3 pl-8 text-sm text-amber-900">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table role="grid" aria-label={`Indikatorer ${sheet.year}, en rad per placering`} aria-rowcount={rows.length + 1} onPaste={onPaste} className="w-full text-left text-sm">
          <thead className="sticky top-0 z-[1] border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Placering</th>
              {indicators.map((indicator, column) => (
                <th key={indicator.id} scope="col" className="min-w-36 px-3 py-2 align-bottom text-xs font-medium">
                  {indicator.name}
                  <span className="block font-normal text-slate-600">
                    {reportedCount(column)} av {applicableCount(column)} rapporterade
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((placement, row) => (
              <tr key={placement.placementId}>
                <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">
                  <span className="font-mono text-xs font-semibold">{placement.code}</span>
                  <span className="block text-xs text-slate-600">
                    {placement.providerName} · {placement.serviceType} · {AGE_BAND_LABELS[placement.ageBand]}
                  </span>
                </th>
                {indicators.map((indicator, column) => {
                  const applicable = isApplicable(row, column);
                  const key = cellKey(row, column);
                  const value = values[key] ?? null;
                  const changed = applicable && (saved[key] ?? null) !== value;
                  const focused = focus.row === row && focus.column === column;
                  return (
                    <td
                      key={indicator.id}
                      role="gridcell"
                      ref={(element) => {
                        if (element) cellRefs.current.set(`${row}:${column}`, element);
                        else cellRefs.current.delete(`${row}:${column}`);
                      }}
                      tabIndex={focused ? 0 : -1}
                      aria-readonly={applicable ? undefined : true}
                      onFocus={() => setFocus({ row, column })}
                      onKeyDown={(event) => onKeyDown(event, row, column)}
                      onDoubleClick={() => setCell(row, column, NEXT_ON_TOGGLE(value))}
                      className={`cursor-pointer px-3 py-1.5 text-center tabular-nums outline-none focus:ring-2 focus:ring-inset focus:ring-brand-600 ${
                        !applicable ? "cursor-default bg-slate-50 text-slate-500" : value === true ? "bg-emerald-50 text-emerald-900" : value === false ? "bg-rose-50 text-rose-900" : ""
                      } ${changed ? "font-semibold underline decoration-amber-500 decoration-2" : ""}`}
                    >
                      {applicable ? VALUE_TEXT(value) : "ej aktuell"}
                      {changed ? <span className="sr-only"> (ej sparad)</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
