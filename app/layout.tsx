import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { publicBaseUrl } from "@/lib/format/public-url";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute links in previews (Open Graph) need the public address of the archive.
  metadataBase: new URL(publicBaseUrl()),
  title: { default: "Cable Archive", template: "%s · Cable Archive" },
  description: "A searchable public archive of US diplomatic cables.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
