import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/server/src/**/*.test.ts',
      'apps/server/test/**/*.test.ts',
      // The web client's pure logic; a file that needs the DOM (DOMParser) asks for jsdom itself.
      'apps/web/src/**/*.test.ts',
    ],
    environment: 'node',
    // Tests wait on outcomes, not on time; these only stop a hung test, so they allow for a 2-core
    // machine busy with other work (a PDF of hundreds of pages, a server started in a child process).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
