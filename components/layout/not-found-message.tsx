import Link from "next/link";

/** The 404 page's content: the same whether the thing is missing or not the visitor's to see. */
export function NotFoundMessage() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Sidan finns inte</h1>
      <p className="text-slate-600">Det du letar efter finns inte, eller så har du inte tillgång till det.</p>
      <Link href="/" className="text-brand-700 underline">
        Till startsidan
      </Link>
    </div>
  );
}
