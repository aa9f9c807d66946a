import { figureText, type Figure, type Group, type TargetGroupTables } from "@/lib/domain/target-group";

function FigureCell({ figure, threshold }: { figure: Figure; threshold: number }) {
  return <td className={`px-3 py-2 tabular-nums ${figure.status === "shown" ? "" : "text-slate-600"}`}>{figureText(figure, threshold)}</td>;
}

function GroupTable({ caption, heading, groups, total, threshold }: { caption: string; heading: string; groups: Group[]; total: Figure; threshold: number }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="pb-2 text-left text-base font-semibold">{caption}</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="px-3 py-2 font-medium">{heading}</th>
          <th scope="col" className="px-3 py-2 font-medium">Antal</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row" className="px-3 py-2 font-normal">{group.label}</th>
            <FigureCell figure={group.count} threshold={threshold} />
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-slate-300 font-semibold">
        <tr>
          <th scope="row" className="px-3 py-2">Totalt</th>
          <FigureCell figure={total} threshold={threshold} />
        </tr>
      </tfoot>
    </table>
  );
}

/** Seed 000 §1.4: gender × age band, placement forms and asylum status, each with its total. */
export function TargetGroupTablesView({ tables, threshold }: { tables: TargetGroupTables; threshold: number }) {
  const { genderByAge } = tables;
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 xl:col-span-2" aria-label="Kön och ålder">
        <table className="w-full text-left text-sm">
          <caption className="pb-2 text-left text-base font-semibold">Kön och ålder</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Kön</th>
              {genderByAge.columns.map((column) => (
                <th key={column.key} scope="col" className="px-3 py-2 font-medium">{column.label}</th>
              ))}
              <th scope="col" className="px-3 py-2 font-medium">Totalt</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {genderByAge.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="px-3 py-2 font-normal">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <FigureCell key={genderByAge.columns[index]!.key} figure={cell} threshold={threshold} />
                ))}
                <FigureCell figure={row.count} threshold={threshold} />
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">Totalt</th>
              {genderByAge.columnTotals.map((cell, index) => (
                <FigureCell key={genderByAge.columns[index]!.key} figure={cell} threshold={threshold} />
              ))}
              <FigureCell figure={tables.total} threshold={threshold} />
            </tr>
          </tfoot>
        </table>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-label="Placeringsform">
        <GroupTable caption="Placeringsform" heading="Placeringsform" groups={tables.placementForms} total={tables.total} threshold={threshold} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-label="Asylstatus">
        <GroupTable caption="Asylstatus" heading="Status" groups={tables.asylumStatus} total={tables.total} threshold={threshold} />
      </section>
    </div>
  );
}
