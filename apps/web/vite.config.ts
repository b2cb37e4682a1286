import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pageChunks } from './vite-page-chunks.ts';
import { precompress } from './vite-precompress.ts';

// The API server listens on :3000. The proxy keeps the browser's Host and Origin as they are
// (no changeOrigin), so the server's same-origin check sees a request from the app itself.
const apiServer = 'http://127.0.0.1:3000';

// A round's page and the code its tabs share, in a few chunks instead of one for every set of
// pages that share a module (see vite-page-chunks.ts).
const roundPage = pageChunks({
  page: 'src/pages/campaigns/CampaignPage.tsx',
  name: 'round',
  tabs: 'src/pages/campaigns/campaignTabs.tsx',
  home: 'src/pages/home/HomePage.tsx',
});

export default defineConfig({
  // Every text file of the build also as .br and .gz, which the server sends as they are.
  plugins: [react(), precompress(), roundPage.plugin],
  server: {
    proxy: {
      '/api': { target: apiServer },
      '/healthz': { target: apiServer },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiServer },
      '/healthz': { target: apiServer },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The rich-text editor (TipTap + ProseMirror, ~525 kB), the charts (recharts), the QR reader
    // and the English messages are chunks of their own, loaded only when they are used.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // The domain's modules only declare things: one the first bundle does not use is left out
        // entirely, and a zod schema nobody reads is dropped with it (`z.…(…)` calls are pure).
        moduleSideEffects: [{ test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
        manualPureFunctions: ['z'],
      },
      output: {
        codeSplitting: {
          // React and the router, which every page needs and which change only on an upgrade, in
          // one chunk of their own that stays cached across releases of the app. The icons the app
          // uses, each a few hundred bytes, in one chunk (~20 kB, loaded first) rather than dozens of
          // requests a page (the browser sends six at a time). The rest of the first load (the
          // entry's static imports, `$initial`) in one chunk with the entry, not the eight files
          // the default splitting made of it. A round's page in three chunks (roundPage). Mantine
          // as a whole is not grouped: that would pull every component any page uses into the
          // first load. Priorities: a module a group takes is not another's.
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 20,
            },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]icons-react[\\/]/, priority: 20 },
            { name: 'app', tags: ['$initial'], priority: 10 },
            ...roundPage.groups,
          ],
        },
      },
    },
  },
});
