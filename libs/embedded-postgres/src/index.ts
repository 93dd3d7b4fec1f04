export * from './lib/embedded-postgres';
export { locateBinaries } from './lib/binaries';
export { findFreePort } from './lib/free-port';
