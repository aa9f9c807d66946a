import { narrativeText, type Block, type ReportDocument } from "@/lib/report/document";
import type { FormState } from "@/lib/validation/form-state";
import { NarrativeEditor } from "./narrative-editor";
import { ReportChart } from "./report-chart";

interface Editing {
  reportId: string;
  versions: Record<string, number>;
  save: (state: FormState, formData: FormData) => Promise<FormState>;
}

function TableBlock({ block }: { block: Extract<Block, { kind: "table" }> }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:border-0" tabIndex={0} role="region" aria-label={`${block.caption}, rullbar`}>
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-3 text-left font-semibold">{block.caption}</caption>
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            {block.columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {block.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row" className="px-3 py-1.5 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={column} className="px-3 py-1.5 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {block.note ? <p className="px-3 pb-2 text-xs text-slate-600">{block.note}</p> : null}
    </div>
  );
}

/** The report as a web page (and, with the print stylesheet, on paper); narratives editable when `editing` is given. */
export function ReportDocumentView({ document, editing }: { document: ReportDocument; editing?: Editing }) {
  return (
    <article className="report space-y-8" aria-label={document.title}>
      {document.sections.map((section) => (
        <section key={section.key} aria-labelledby={`avsnitt-${section.key}`} className="space-y-4 print:break-inside-avoid-page">
          <h2 id={`avsnitt-${section.key}`} className="border-b border-slate-200 pb-1 text-xl font-semibold">
            {section.title}
          </h2>
          {section.blocks.map((block, index) => {
            const key = `${section.key}-${index}`;
            if (block.kind === "narrative") {
              return editing ? (
                <NarrativeEditor key={key} reportId={editing.reportId} save={editing.save} narrative={{ key: block.key, title: block.title, text: narrativeText(block), version: editing.versions[block.key] ?? 0, edited: block.edited }} />
              ) : (
                <div key={key} className="space-y-1">
                  {block.title !== section.title ? <h3 className="font-semibold">{block.title}</h3> : null}
                  <p className="whitespace-pre-line leading-relaxed">{narrativeText(block)}</p>
                </div>
              );
            }
            if (block.kind === "fact") return <p key={key} className="leading-relaxed">{block.text}</p>;
            if (block.kind === "table") return <TableBlock key={key} block={block} />;
            return (
              <figure key={key} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 print:border-0">
                <figcaption className="font-semibold">{block.caption}</figcaption>
                <ReportChart chart={block.chart} summary={`${block.caption}. ${block.summary}`} />
              </figure>
            );
          })}
        </section>
      ))}
    </article>
  );
}
