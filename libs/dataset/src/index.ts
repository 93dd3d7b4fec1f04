export * from './lib/dataset';
