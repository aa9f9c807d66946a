/** A choice in a GET filter form above a report (year, breakdown, provider). */
export function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 font-normal">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The button of a filter form. */
export function FilterButton() {
  return (
    <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
      Visa
    </button>
  );
}
