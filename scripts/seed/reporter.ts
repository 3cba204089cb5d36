/** Records, per run, what the seed found already and what it had to create, so a second run can prove it did nothing. */
export class SeedReporter {
  readonly created: string[] = [];
  readonly warnings: string[] = [];
  private existing = 0;

  constructor(private readonly log: (line: string) => void) {}

  /** Returns the resource `find` finds, or the one `create` makes when there is none. */
  async ensure<T>(label: string, find: () => Promise<T | undefined>, create: () => Promise<T>): Promise<T> {
    const found = await find();
    if (found !== undefined) {
      this.existing += 1;
      return found;
    }

    const made = await create();
    this.created.push(label);
    this.log(`  created ${label}`);
    return made;
  }

  /** Counts a change the caller made itself (e.g. one record batch holding several records). */
  noteCreated(label: string): void {
    this.created.push(label);
    this.log(`  created ${label}`);
  }

  noteExisting(count = 1): void {
    this.existing += count;
  }

  existingCount(): number {
    return this.existing;
  }

  warn(message: string): void {
    this.warnings.push(message);
    this.log(`  warning: ${message}`);
  }
}
