module.exports = {
  displayName: 'guide',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: {
    // marked is ESM-only; these specs run as CommonJS, so they load its UMD build.
    '^marked$': '<rootDir>/../../node_modules/marked/lib/marked.umd.js',
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/guide',
};
