module.exports = {
  displayName: 'web',
  preset: '../jest.preset.js',
  // Unit specs live beside the code under src/; Playwright journeys under e2e/ are not Jest's.
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../coverage/web',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // @jsverse/utils (used by Transloco) and ECharts with its renderer zrender ship ES modules in
  // .js files: transform them too.
  transformIgnorePatterns: [
    'node_modules/(?!(.*\\.mjs$|@jsverse/|echarts/|zrender/))',
  ],
  // marked is ESM-only; the specs run as CommonJS, so they load its UMD build.
  moduleNameMapper: {
    '^marked$': '<rootDir>/../node_modules/marked/lib/marked.umd.js',
  },
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
