// `npm run test:contract` (scripts/test-contract.mjs): the black-box contract suite in test/contract,
// run against the server named by CONTRACT_BASE. Nothing here reaches into mock/ or src/.

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/contract'],
  testMatch: ['**/*.test.ts'],
  // A real server over a real network: generous, but a hung request still fails the test.
  testTimeout: 30_000,
  clearMocks: true,
}
