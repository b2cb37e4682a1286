import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    // One browser and one server at a time keep the 2-core CI machine predictable.
    fileParallelism: false,
    // Each test waits on conditions, not on time; these only stop a test that hangs. They are
    // generous because a whole plan typed in on a 2-core machine busy with other work takes minutes
    // (over five on one saturated by several test suites at once), and so does seeding the demo.
    testTimeout: 900_000,
    hookTimeout: 300_000,
    // expect.poll waits on a condition; its own default (1 s) is a short fixed window that a page
    // re-rendering on a loaded machine overruns (the issued plan's switch to "Nhiệm vụ" took longer).
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
