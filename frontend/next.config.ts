import type { NextConfig } from "next";

const cmsUrl = new URL(process.env.CMS_URL ?? "http://127.0.0.1:8000");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The CMS's urlPaths end with a slash: the site's URLs are exactly those paths.
  trailingSlash: true,
  reactStrictMode: true,
  // The DSFR's own build ships the fonts and icons; transpiling keeps its CSS imports working.
  transpilePackages: ["@codegouvfr/react-dsfr"],
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
    ];
  },
};

export default nextConfig;
