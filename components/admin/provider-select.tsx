/** A choice among the tenant's providers, for binding a provider user to one. */
export function ProviderSelect({
  providers,
  defaultValue = "",
  ...props
}: { providers: { id: string; name: string }[]; defaultValue?: string } & Omit<React.ComponentProps<"select">, "children" | "name">) {
  return (
    <select name="providerId" defaultValue={defaultValue} {...props}>
      <option value="">Välj utförare…</option>
      {providers.map((provider) => (
        <option key={provider.id} value={provider.id}>
          {provider.name}
        </option>
      ))}
    </select>
  );
}
