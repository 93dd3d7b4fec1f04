// Imported first by main.ts, so it runs before any NestJS (ES module) package loads:
// on an older Node those crash the process instead of failing with a message.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `The OPI API needs Node.js 22 or newer; this is ${process.version}. ` +
      'Start it through npm (npm start), which uses the Node 22 the project installs, ' +
      'or run: npx node dist/api/main.js',
  );
  process.exit(1);
}

export {};
