import type { NextConfig } from "next";

const cmsUrl = new URL(process.env.CMS_URL ?? "http://127.0.0.1:8000");
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The CMS's urlPaths end with a slash: the site's URLs are exactly those paths.
  trailingSlash: true,
  reactStrictMode: true,
  // The DSFR's own build ships the fonts and icons; transpiling keeps its CSS imports working.
  transpilePackages: ["@codegouvfr/react-dsfr"],
  // « Mon espace » sends images and documents through server actions (the CMS checks each file;
  // 40 Mo is its GRAPHQL_UPLOAD_MAX_REQUEST_SIZE).
  experimental: { serverActions: { bodySizeLimit: "40mb" } },
  images: {
    remotePatterns: [{ protocol: cmsUrl.protocol.replace(":", "") as "http" | "https", hostname: cmsUrl.hostname, port: cmsUrl.port }],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // Drafts: shown inside the CMS's preview panel only (frame-ancestors is set at run time by
        // server.mjs, from CMS_PUBLIC_URL), never indexed nor kept by a cache.
        source: "/preview/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
      {
        // The agent's pages and the sign-in: never indexed, never kept by a shared cache.
        source: "/(mon-espace|connexion|api/auth)/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
