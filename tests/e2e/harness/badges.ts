// Badge reading and settling shared by both browser drivers (Playwright for Chromium, Puppeteer for Firefox).

export interface BadgeSnapshot {
  /** The frame the badge is in (Chromium harness, which reads every frame). */
  frameUrl?: string;
  state: string | null;
  score: string | null;
}

const SETTLED_STATES = new Set(['scored', 'not-scorable', 'disabled']);

/** Runs in the page: every badge under `<ml-editor-root>`'s open shadow root. Self-contained for evaluate(). */
export function badgesInPage(): { state: string | null; score: string | null }[] {
  return [...document.querySelectorAll('ml-editor-root')].flatMap((root) =>
    [...(root.shadowRoot?.querySelectorAll('[data-ml-editor-badge]') ?? [])].map((badge) => ({
      state: badge.getAttribute('data-state'),
      score: badge.getAttribute('data-score'),
    })),
  );
}

/**
 * Waits until there is at least one badge and every badge has held the same settled state for a while.
 * When `previous` is given and the badges still look the same, waits longer: the new analysis may not have
 * started yet (debounce), and a stale score must not pass as the new one.
 */
export async function settleBadges<T extends BadgeSnapshot>(
  read: () => Promise<T[]>,
  opts: { timeoutMs?: number; previous?: BadgeSnapshot[] } = {},
): Promise<T[]> {
  const timeoutMs = opts.timeoutMs ?? 12_000;
  const deadline = Date.now() + timeoutMs;
  const key = (s: BadgeSnapshot[]) => JSON.stringify(s);
  const previousKey = opts.previous ? key(opts.previous) : null;
  let last = '';
  let since = Date.now();
  let snapshot: T[] = [];
  while (Date.now() < deadline) {
    snapshot = await read();
    const now = key(snapshot);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    const settled = snapshot.length > 0 && snapshot.every((b) => b.state !== null && SETTLED_STATES.has(b.state));
    const needed = now === previousKey ? 2_500 : 700;
    if (settled && Date.now() - since >= needed) return snapshot;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`badges did not settle within ${timeoutMs} ms; last seen: ${key(snapshot) || 'no badge'}`);
}

/** The score of the one scored badge (fails when there is none or several disagree). */
export function scoreOf(badges: BadgeSnapshot[]): number {
  const scored = badges.filter((b) => b.state === 'scored');
  if (scored.length === 0) throw new Error(`no scored badge: ${JSON.stringify(badges)}`);
  const scores = new Set(scored.map((b) => b.score));
  if (scores.size !== 1) throw new Error(`scored badges disagree: ${JSON.stringify(badges)}`);
  const text = scored[0].score ?? '';
  if (!/^(0|1)\.\d{3}$/.test(text)) throw new Error(`data-score is not 0..1 with 3 decimals: ${JSON.stringify(text)}`);
  return Number(text);
}

/** Runs in the page: from now on, counts every DOM mutation inside `field` (the extension must cause none). */
export function countFieldMutations(field: Element): void {
  const w = window as unknown as { __fieldMutations: number; __fieldMutationLog: string[] };
  w.__fieldMutations = 0;
  w.__fieldMutationLog = [];
  new MutationObserver((records) => {
    w.__fieldMutations += records.length;
    // what changed, for the failure message
    for (const r of records) {
      const nodes = (list: NodeList) =>
        [...list].map((n) => (n as Element).outerHTML ?? JSON.stringify(n.textContent)).join(' ');
      w.__fieldMutationLog.push(
        `${r.type} on ${r.target.nodeName}: +${nodes(r.addedNodes)} -${nodes(r.removedNodes)} ${JSON.stringify(r.target.textContent?.slice(0, 80))}`,
      );
    }
  }).observe(field, {
    childList: true,
    characterData: true,
    subtree: true,
  });
}

/** Runs in the page: the count `countFieldMutations` has kept. */
export function fieldMutations(): number {
  return (window as unknown as { __fieldMutations: number }).__fieldMutations;
}

/** Runs in the page: what the counted mutations were. */
export function fieldMutationLog(): string[] {
  return (window as unknown as { __fieldMutationLog?: string[] }).__fieldMutationLog ?? [];
}
