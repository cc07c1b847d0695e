import { describe, expect, it } from 'vitest';
import { ownedByParent } from '../../../src/content/field-discovery';

// Shapes of what a frame's copy can see of where its frame element sits in the parent document.
const docNode = { nodeType: 9 };
const frameIn = (root: object) => ({ getRootNode: () => root });
const frameDoc = (frameElement: object | null) => ({ defaultView: { frameElement } }) as unknown as Document;
function shadowRoot(open: boolean, hostRoot: object) {
  const root: { nodeType: number; host?: object } = { nodeType: 11 };
  root.host = { shadowRoot: open ? root : null, getRootNode: () => hostRoot };
  return root;
}

describe("ownedByParent: which copy handles a frame's fields", () => {
  it('the parent copy, for a same-origin frame in the document or in open shadow roots', () => {
    expect(ownedByParent(frameDoc(frameIn(docNode)))).toBe(true);
    expect(ownedByParent(frameDoc(frameIn(shadowRoot(true, shadowRoot(true, docNode)))))).toBe(true);
  });

  it("the frame's own copy, for a top-level or cross-origin frame, or one inside a closed shadow root", () => {
    expect(ownedByParent(frameDoc(null))).toBe(false);
    expect(ownedByParent({ defaultView: null } as unknown as Document)).toBe(false);
    const crossOrigin = {
      defaultView: {
        get frameElement(): never {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    } as unknown as Document;
    expect(ownedByParent(crossOrigin)).toBe(false);
    expect(ownedByParent(frameDoc(frameIn(shadowRoot(false, docNode))))).toBe(false);
    expect(ownedByParent(frameDoc(frameIn(shadowRoot(true, shadowRoot(false, docNode)))))).toBe(false);
  });
});
