export function dataset(): string {
  return 'dataset';
}
