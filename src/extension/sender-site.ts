// Which page's site setting applies to a message from a content script. Only what the browser says about the
// sending frame counts (a page can write anything into a message, but not into these fields).

export interface FrameSender {
  /** The frame's URL: about:blank or about:srcdoc for frames a page builds itself (TinyMCE's editor body). */
  url?: string;
  /** The frame's origin as the browser knows it; such frames inherit their creator's (Chrome). */
  origin?: string;
  tab?: { url?: string };
}

const WEB = /^https?:\/\//;

/** An http(s) URL naming the frame's site, or null when the frame belongs to no site (sandboxed, opaque). */
export function senderSiteUrl(sender: FrameSender): string | null {
  const url = sender.url ?? '';
  if (WEB.test(url)) return url;
  if (!/^about:(blank|srcdoc)([?#]|$)/.test(url)) return null;
  if (sender.origin !== undefined) return WEB.test(sender.origin) ? `${sender.origin}/` : null; // 'null': sandboxed
  // No origin given (Firefox): the tab's page made the frame, as far as the browser tells.
  const tabUrl = sender.tab?.url ?? '';
  return WEB.test(tabUrl) ? tabUrl : null;
}
