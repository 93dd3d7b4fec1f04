/* Unit specs of the API. NestJS 12 is ESM-only, so Jest runs in ESM mode
 * (the test target sets NODE_OPTIONS=--experimental-vm-modules). */
module.exports = {
  displayName: 'api',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', useESM: true }],
  },
  moduleNameMapper: {
    // An ESM-only package that a CommonJS one require()s (see the shim).
    '^content-disposition$': '<rootDir>/test/shims/content-disposition.cjs',
  },
  transformIgnorePatterns: ['/node_modules/', '\\.cjs$'],
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../coverage/api',
};
