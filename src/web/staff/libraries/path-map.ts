// Forms with a fixed number of rows leave empty rows out of what they send to the service, so the service's issue
// paths count rows differently from the form: "openingHours.schedules.0" may be the form's third schedule. A PathMap
// remembers, while a form is read, which row each sent element came from, and turns an issue's path back.

export class PathMap {
  private readonly prefixes = new Map<string, string>();

  /** The element at input path `sent` came from the form's `formPath` (both dotted). */
  add(sent: string, formPath: string): void {
    this.prefixes.set(sent, formPath);
  }

  /** The form's name for an input path: the longest remembered prefix replaced; paths without one stay as they are. */
  toForm(path: string): string {
    const parts = path.split('.');
    for (let length = parts.length; length > 0; length--) {
      const prefix = parts.slice(0, length).join('.');
      const formPath = this.prefixes.get(prefix);
      if (formPath !== undefined) return [formPath, ...parts.slice(length)].join('.');
    }
    return path;
  }
}
