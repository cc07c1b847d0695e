// A minimal Preact renderer for the popup's hook-free components in Node (no DOM library): expands function
// components and yields the element tree, so tests can read text and attributes as a person would see them.
import type { ComponentChildren, VNode } from 'preact';

export interface RenderedElement {
  tag: string;
  props: Record<string, unknown>;
  children: Rendered[];
}
export type Rendered = RenderedElement | string;

export function render(node: ComponentChildren): Rendered[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(render);
  const vnode = node as VNode<Record<string, unknown>>;
  const { children, ...props } = vnode.props as Record<string, unknown> & { children?: ComponentChildren };
  if (typeof vnode.type === 'function') {
    return render((vnode.type as (p: unknown) => ComponentChildren)(vnode.props));
  }
  return [{ tag: String(vnode.type), props, children: render(children) }];
}

/** The text content of rendered nodes, as textContent would give it. */
export function textOf(nodes: Rendered[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : textOf(n.children))).join('');
}

/** Every element whose `data-testid` is `id`, in document order. */
export function byTestId(nodes: Rendered[], id: string): RenderedElement[] {
  return nodes.flatMap((n) =>
    typeof n === 'string' ? [] : [...(n.props['data-testid'] === id ? [n] : []), ...byTestId(n.children, id)],
  );
}
