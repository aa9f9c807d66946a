import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl space-y-3 px-6 py-16">
      <h1 className="text-2xl font-bold">Sidan finns inte</h1>
      <p className="text-slate-600">Det du letar efter finns inte, eller så har du inte tillgång till det.</p>
      <Link href="/" className="text-brand-700 underline">
        Till startsidan
      </Link>
    </main>
  );
}
