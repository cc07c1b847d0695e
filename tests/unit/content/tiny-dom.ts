// A hand-built node tree with the shape the content script's pure parts read (nodeType, nodeName, childNodes,
// data, getAttribute): enough to test serialisation and mapping in Node without a DOM library.
import type { NodeLike } from '../../../src/content/markdown-serialiser';

export interface TinyText extends NodeLike {
  nodeType: 3;
  data: string;
}
export interface TinyElement extends NodeLike {
  nodeType: 1;
  attrs: Record<string, string>;
  childNodes: TinyNode[];
}
export type TinyNode = TinyText | TinyElement;

export const t = (data: string): TinyText => ({ nodeType: 3, nodeName: '#text', data, childNodes: [] });

export function el(name: string, attrs: Record<string, string> = {}, ...children: (TinyNode | string)[]): TinyElement {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    attrs,
    childNodes: children.map((c) => (typeof c === 'string' ? t(c) : c)),
    getAttribute: (n: string) => (n in attrs ? attrs[n] : null),
  };
}

/** All text nodes in document order. */
export function textNodes(node: TinyNode, out: TinyText[] = []): TinyText[] {
  if (node.nodeType === 3) out.push(node);
  else for (const c of node.childNodes) textNodes(c, out);
  return out;
}
