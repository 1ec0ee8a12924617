import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentActor } from "@/app/current-user";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax", template: "%s · Parallax" },
  description: "Compare how several outlets report the same event.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-zinc-900 antialiased">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader actor={await currentActor()} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1440px] px-6 pt-6 pb-16 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
