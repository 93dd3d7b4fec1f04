// @fastify/static require()s content-disposition 3, which is ESM-only: Node 22
// allows that, Jest's module system does not. The tests map it to the
// CommonJS 0.5 line, whose default export is v3's `create`.
const contentDisposition = require('content-disposition-cjs');

module.exports = { create: contentDisposition, parse: contentDisposition.parse };
