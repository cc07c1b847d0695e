// Which title belongs to which body. Pure: works on what discovery reads from the DOM, so the rule is table-tested.
// A form pairs its title with its main editor; outside forms (composers, editors in iframes) a title pairs with
// the next field after it when that is a body in the same container, below the page's body element.

export interface PairNode {
  nodeName: string;
}

export interface FieldFacts<F> {
  field: F;
  /** A title input; otherwise a body (textarea or editor). */
  title: boolean;
  /** A rich editor, which wins over a textarea as a form's main body. */
  rich: boolean;
  /** Rendered at all: a hidden field is never a question's body. */
  visible: boolean;
  form: object | null;
  /** Ancestors from the top document down to the field (through shadow roots and same-origin frames). */
  path: readonly PairNode[];
}

export interface FieldPair<F> {
  title: F | null;
  body: F | null;
}

// A container this wide holds the whole page, not one composer.
const PAGE_LEVEL = new Set(['#document', 'HTML', 'BODY']);

function sharedContainer(a: readonly PairNode[], b: readonly PairNode[]): PairNode | null {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i > 0 ? a[i - 1] : null;
}

/** Pairs fields given in document order; every visible body and every title ends up in exactly one unit. */
export function pairFields<F>(fields: readonly FieldFacts<F>[]): FieldPair<F>[] {
  const shown = fields.filter((f) => f.title || f.visible);
  const rank = (f: FieldFacts<F>) => (f.rich ? 2 : 1);
  const mainBody = new Map<object, FieldFacts<F>>();
  for (const f of shown) {
    if (f.title || !f.form) continue;
    const current = mainBody.get(f.form);
    if (!current || rank(f) > rank(current)) mainBody.set(f.form, f);
  }
  const titleOf = new Map<FieldFacts<F>, FieldFacts<F>>();
  const paired = new Set<FieldFacts<F>>();
  const pair = (title: FieldFacts<F>, body: FieldFacts<F>) => {
    titleOf.set(body, title);
    paired.add(title);
  };
  for (const f of shown) {
    const main = f.title && f.form ? mainBody.get(f.form) : undefined;
    if (main && !titleOf.has(main)) pair(f, main);
  }
  shown.forEach((f, i) => {
    const next = shown[i + 1];
    if (!f.title || paired.has(f) || !next || next.title || titleOf.has(next)) return;
    if (f.form && next.form && f.form !== next.form) return;
    const container = sharedContainer(f.path, next.path);
    if (container && !PAGE_LEVEL.has(container.nodeName)) pair(f, next);
  });
  const units: FieldPair<F>[] = [];
  for (const f of shown) {
    if (!f.title) units.push({ title: titleOf.get(f)?.field ?? null, body: f.field });
    else if (!paired.has(f)) units.push({ title: f.field, body: null });
  }
  return units;
}
