import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kvalitetsuppföljning", template: "%s – Kvalitetsuppföljning" },
  description: "Kvalitetsuppföljning av utförare inom socialtjänsten",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
