/** Collects positional parameters ($1, $2, …) while a statement is written. */
export class SqlParams {
  constructor(readonly values: unknown[] = []) {}
  /** A copy to add a statement's own parameters to. */
  fork(): SqlParams {
    return new SqlParams([...this.values]);
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
