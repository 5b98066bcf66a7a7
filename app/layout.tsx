import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CalMiner", template: "%s · CalMiner" },
  description: "Mining project planning, cash-flow modelling and Monte Carlo risk analysis",
};

export const viewport: Viewport = { themeColor: "#1f2a37" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
