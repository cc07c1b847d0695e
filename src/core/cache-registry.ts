// Every module-level cache of the core, by name. The core's answers are pure, but these caches (kept so a
// keystroke re-analyses only what changed) are state: one list lets tests and timing see them all and
// empty them with one call. A module-level cache that is not registered here fails cache-registry.test.ts.

export interface RegisteredCache {
  /** Entries held now (a weak cache: entries stored since it was last emptied). */
  readonly size: number;
  clear(): void;
}

const registry = new Map<string, RegisteredCache>();

/** Adds `cache` to the registry under a unique `name` ('folder/file: what it holds') and returns it. */
export function registerCache<C extends RegisteredCache>(name: string, cache: C): C {
  if (registry.has(name)) throw new Error(`A cache named "${name}" is already registered.`);
  registry.set(name, cache);
  return cache;
}

/** Empties every registered cache: the next analysis starts cold, as in a new worker. */
export function resetCaches(): void {
  for (const cache of registry.values()) cache.clear();
}

/** The size of every registered cache, by name. */
export function cacheSizes(): Map<string, number> {
  return new Map([...registry].map(([name, cache]) => [name, cache.size]));
}

/** A WeakMap that can be emptied (a WeakMap cannot): clearing swaps in a new one. */
export class WeakCache<K extends object, V> implements RegisteredCache {
  private map = new WeakMap<K, V>();
  private stored = 0;

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (!this.map.has(key)) this.stored++;
    this.map.set(key, value);
  }

  get size(): number {
    return this.stored;
  }

  clear(): void {
    this.map = new WeakMap();
    this.stored = 0;
  }
}
