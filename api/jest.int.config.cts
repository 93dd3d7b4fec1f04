/* Integration specs: the Nest app on a real PostgreSQL, over HTTP.
 * globalSetup starts an embedded server (or uses DATABASE_URL); each spec file
 * gets a fresh database with the migrations applied. */
const unit = require('./jest.config.cts');

module.exports = {
  ...unit,
  displayName: 'api-int',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  coverageDirectory: '../coverage/api-int',
};
