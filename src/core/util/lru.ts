// Small LRU map: analysis re-runs on every keystroke, so results for unchanged text are reused.
// A hit moves the entry to the recent end only when it is in the older half (a Map delete and set per
// hit, for every block of every keystroke, cost more than the caches saved); an entry used at least once
// per capacity/2 insertions is never evicted.
export class Lru<K, V> {
  private readonly map = new Map<K, { value: V; stamp: number }>();
  private clock = 0;

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (this.clock - entry.stamp > this.capacity / 2) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      this.map.delete(key);
      this.map.set(key, entry);
      entry.stamp = this.clock++;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, { value, stamp: this.clock++ });
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * A memo by object identity (a parsed document, a vectorised question) holding the last few keys strongly,
 * most recently used first (a scan of a few slots is cheaper than hashing).
 * Not a WeakMap: per-keystroke keys held there lived on into the old generation, with longer GC pauses
 * (docs/performance.md). One analysis uses a few documents (the text,
 * then each verified edit), so a few slots keep every hit that matters.
 */
export class RecentObjects<K extends object, V> {
  /** Most recently used first. */
  private readonly keys: K[] = [];
  private readonly values: V[] = [];

  constructor(private readonly slots = 4) {}

  get(key: K): V | undefined {
    const i = this.keys.indexOf(key);
    if (i < 0) return undefined;
    const value = this.values[i];
    if (i > 0) this.toFront(i, key, value);
    return value;
  }

  set(key: K, value: V): void {
    let i = this.keys.indexOf(key);
    if (i < 0) {
      if (this.keys.length < this.slots) {
        this.keys.push(key);
        this.values.push(value);
      }
      i = this.keys.length - 1; // the least recently used slot is reused
    }
    this.toFront(i, key, value);
  }

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }

  private toFront(i: number, key: K, value: V): void {
    for (let j = i; j > 0; j--) {
      this.keys[j] = this.keys[j - 1];
      this.values[j] = this.values[j - 1];
    }
    this.keys[0] = key;
    this.values[0] = value;
  }
}
