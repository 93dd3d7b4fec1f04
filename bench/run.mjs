// Runs every benchmark in bench/ one after the other.
await import('./dataset-import.mjs');
await import('./search.mjs');
await import('./matching.mjs');
await import('./dashboard.mjs');
