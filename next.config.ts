import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run dev` prints localhost; opening 127.0.0.1 instead must load the dev scripts too.
  allowedDevOrigins: ["127.0.0.1"],
  // pdfmake reads its font files relative to its own folder, so it runs from node_modules, unbundled.
  serverExternalPackages: ["pdfmake"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
