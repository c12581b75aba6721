import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked once, by `npm run lint` (tsc --noEmit) in CI, not again in every build that
  // `npm start` and the tests make.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Turbopack's build cache makes a rebuild after a small change about twice as fast, but
    // writing it adds ~15 s to a build. The first build of a fresh clone (`npm start`, `npm test`,
    // CI) has no earlier build to reuse it, so it skips writing it; every later build keeps it.
    turbopackFileSystemCacheForBuild: fs.existsSync(path.join(dirname, '.next')),
    // Minified server code loses class names, and Payload names its errors after their class:
    // a refused request would then answer "An unknown error occurred." instead of its reason.
    serverMinification: false,
  },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  async headers() {
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ]
    return [
      { source: '/:path*', headers: everywhere },
      // The admin is never framed by anyone (clickjacking of publish buttons).
      {
        source: '/admin/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        ],
      },
      {
        source: '/admin',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        ],
      },
      // Attachments are downloaded, never rendered in the newsroom's origin.
      {
        source: '/api/attachments/file/:path*',
        headers: [
          { key: 'Content-Disposition', value: 'attachment' },
          { key: 'Content-Security-Policy', value: "default-src 'none'; sandbox" },
        ],
      },
      { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; sandbox" }] },
    ]
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: {
    root: path.resolve(dirname),
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
