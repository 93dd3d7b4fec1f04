/**
 * Offers `blob` as a file named `fileName`: an object URL behind a temporary link with
 * `download`, clicked and removed, the URL released right after.
 */
export function saveBlob(
  document: Document,
  blob: Blob,
  fileName: string,
): void {
  const view = document.defaultView;
  if (!view) {
    return;
  }
  const url = view.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}

/** File names of the series report downloads. */
export const REPORT_CSV_FILE = 'workshop-report.csv';
export const REPORT_PDF_FILE = 'workshop-report.pdf';
