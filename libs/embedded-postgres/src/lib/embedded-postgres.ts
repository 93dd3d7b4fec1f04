export function embeddedPostgres(): string {
  return 'embedded-postgres';
}
