// A Firefox MV2 `browser` for tests of extension pages in Node: promise-based, `browserAction` (no `action`,
// no `offscreen`), storage areas with Firefox's change events (every key a set() names is reported, changed
// or not: Firefox bug 1833153), and tab URLs only where activeTab grants them (the tab the popup opened on).

type Listener = (...args: unknown[]) => void;

class FakeEvent {
  readonly listeners = new Set<Listener>();
  addListener(l: Listener) {
    this.listeners.add(l);
  }
  removeListener(l: Listener) {
    this.listeners.delete(l);
  }
  hasListener(l: Listener) {
    return this.listeners.has(l);
  }
  fire(...args: unknown[]) {
    for (const l of [...this.listeners]) l(...args);
  }
}

type Change = { oldValue?: unknown; newValue?: unknown };

function storageArea(name: string, onAnyChange: FakeEvent) {
  const data = new Map<string, unknown>();
  const onChanged = new FakeEvent();
  const notify = (changes: Record<string, Change>) => {
    // Firefox fires asynchronously, after the call's promise settles.
    queueMicrotask(() => {
      onChanged.fire(changes);
      onAnyChange.fire(changes, name);
    });
  };
  const keysOf = (keys?: string | string[] | null | Record<string, unknown>) =>
    keys == null
      ? [...data.keys()]
      : typeof keys === 'string'
        ? [keys]
        : Array.isArray(keys)
          ? keys
          : Object.keys(keys);
  return {
    data,
    onChanged,
    async get(keys?: string | string[] | null) {
      const out: Record<string, unknown> = {};
      for (const key of keysOf(keys)) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, Change> = {};
      for (const [key, value] of Object.entries(items)) {
        const copy = structuredClone(value);
        changes[key] = { oldValue: structuredClone(data.get(key)), newValue: structuredClone(copy) };
        data.set(key, copy);
      }
      notify(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, Change> = {};
      for (const key of keysOf(keys)) {
        if (data.has(key)) changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      notify(changes);
    },
    async clear() {
      await this.remove([...data.keys()]);
    },
  };
}

export interface FakeTab {
  id: number;
  url: string;
  active: boolean;
}

export function fakeFirefox(tabs: FakeTab[]) {
  const onAnyChange = new FakeEvent();
  const badge = new Map<number, { text?: string; color?: string; title?: string }>();
  const forTab = (tabId: number) => {
    if (!badge.has(tabId)) badge.set(tabId, {});
    return badge.get(tabId)!;
  };
  const contentScripts = new Map<number, (message: unknown, frameId: number | null) => unknown>();
  return {
    runtime: {
      id: 'ml-editor@example.org',
      getURL: (path: string) => `moz-extension://fake-uuid${path}`,
      onMessage: new FakeEvent(),
    },
    storage: {
      local: storageArea('local', onAnyChange),
      session: storageArea('session', onAnyChange),
      onChanged: onAnyChange,
    },
    tabs: {
      // activeTab: the URL of the tab the toolbar button was clicked on; no URL of any other tab.
      async query(q: { active?: boolean }) {
        return tabs
          .filter((t) => !q.active || t.active)
          .map((t) => (t.active ? { ...t } : { id: t.id, active: t.active }));
      },
      async get(id: number) {
        const tab = tabs.find((t) => t.id === id);
        if (!tab) throw new Error(`Invalid tab ID: ${id}`);
        return tab.active ? { ...tab } : { id: tab.id, active: tab.active };
      },
      onUpdated: new FakeEvent(),
      onRemoved: new FakeEvent(),
      // A tab's content scripts, as the test plays them: what they answer to a message (no answer: rejects).
      async sendMessage(tabId: number, message: unknown, options?: { frameId?: number }) {
        const answer = contentScripts.get(tabId)?.(message, options?.frameId ?? null);
        if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(answer);
      },
    },
    browserAction: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        forTab(tabId).text = text;
      },
      async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: string }) {
        forTab(tabId).color = color;
      },
      async setTitle({ tabId, title }: { tabId: number; title: string }) {
        forTab(tabId).title = title;
      },
    },
    /** What the toolbar button shows per tab (test side). */
    badge,
    /** The content scripts of each tab (test side): tabs.sendMessage gets what they return. */
    contentScripts,
  };
}

export type FakeFirefox = ReturnType<typeof fakeFirefox>;

/**
 * Makes `globalThis.browser` a stand-in that forwards to `holder.fake`, swappable per test. Call it from
 * vi.hoisted before the code under test is imported: @wxt-dev/browser picks `globalThis.browser` once, and
 * WXT storage touches it at import to migrate stored items.
 */
export function installBrowserStandIn(): { fake: FakeFirefox } {
  const holder = { fake: fakeFirefox([]) };
  (globalThis as Record<string, unknown>).browser = new Proxy(
    {},
    { get: (_target, key) => holder.fake[key as keyof FakeFirefox] },
  );
  return holder;
}
