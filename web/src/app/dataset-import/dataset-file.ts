/** The `format` of every opi-dataset/v1 document (DATASET.md). */
export const DATASET_FORMAT = 'opi-dataset/v1';

/** Why a file cannot be sent: a translation key, its parameters and the parser's own words. */
export interface FileProblem {
  key: string;
  params?: Record<string, unknown>;
  detail?: string;
}

/**
 * Checks, before anything is uploaded, that the text is JSON and looks like an opi-dataset/v1
 * document. The server checks everything else (and lists every problem by its JSON path).
 */
export function checkDatasetText(text: string): FileProblem | null {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      key: 'import.file.invalidJson',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    return { key: 'import.file.notAnObject' };
  }
  const format = (document as { format?: unknown }).format;
  if (format !== DATASET_FORMAT) {
    return {
      key: 'import.file.wrongFormat',
      params: { format: DATASET_FORMAT },
    };
  }
  return null;
}

/** The file's text (FileReader works in every browser and in the specs' DOM). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** "12.5 MB", "830 kB", "512 byte" in the reader's language. */
export function fileSize(bytes: number, lang: string): string {
  const units = [
    ['megabyte', 1_000_000],
    ['kilobyte', 1_000],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return new Intl.NumberFormat(lang, {
        style: 'unit',
        unit,
        maximumFractionDigits: 1,
      }).format(bytes / size);
    }
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'byte',
    unitDisplay: 'long',
  }).format(bytes);
}
