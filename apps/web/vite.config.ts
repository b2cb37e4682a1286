import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server listens on :3000. The proxy keeps the browser's Host and Origin as they are
// (no changeOrigin), so the server's same-origin check sees a request from the app itself.
const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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
    // The rich-text editor (TipTap + ProseMirror, ~525 kB) and the charts (recharts) are chunks of
    // their own, loaded only on the pages that use them.
    chunkSizeWarningLimit: 600,
  },
});
