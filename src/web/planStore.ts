/**
 * The plan being worked on, as raw scenario JSON (what a file holds, possibly invalid while being
 * edited) and the name it came from. The editor writes it; Run and Compare read it.
 */
export class PlanStore {
  private json: unknown;
  private name: string;
  private readonly listeners = new Set<(json: unknown, name: string) => void>();

  constructor(json: unknown, name: string) {
    this.json = json;
    this.name = name;
  }

  get(): { json: unknown; name: string } {
    return { json: this.json, name: this.name };
  }

  /** Replace the plan; every listener but `source` hears of it. */
  set(json: unknown, name: string, source?: (json: unknown, name: string) => void): void {
    this.json = json;
    this.name = name;
    for (const listener of this.listeners) if (listener !== source) listener(json, name);
  }

  subscribe(listener: (json: unknown, name: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
