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
