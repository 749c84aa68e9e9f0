import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': path.join(root, 'src'),
    },
  },
  test: {
    environment: 'node',
    globals: false,
    // Payload boots and migrates a database per test file; the first boot compiles a lot.
    hookTimeout: 180_000,
    testTimeout: 60_000,
    // Two cores: two files at a time keeps the boots from starving each other.
    maxWorkers: 2,
    fileParallelism: true,
    setupFiles: ['tests/helpers/setupEnv.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
          // One migrated (and one seeded) database per run, copied per test file.
          globalSetup: ['tests/helpers/globalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          // Builds and starts the production server in the background while the int files run;
          // waitForServer.ts holds each browser file until it is up.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // (Added to the root's setupFiles.)
          setupFiles: ['tests/e2e/waitForServer.ts'],
          // One browser and one server: run the browser files one after another.
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
    ],
  },
})
