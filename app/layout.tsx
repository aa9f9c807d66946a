import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kvalitetsuppföljning", template: "%s – Kvalitetsuppföljning" },
  description: "Kvalitetsuppföljning av utförare inom socialtjänsten",
  // Named, so browsers do not ask for a /favicon.ico that is not there.
  icons: { icon: "/icon.svg" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
