// The one inline script: it sets the theme before first paint (no flash of the wrong theme).
// It is inline so it runs before CSS applies; CSP allows it by the hash computed here.
import { createHash } from 'node:crypto';

export const themeInitScript =
  "try{var t=localStorage.getItem('ril-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** @type {`sha256-${string}`} */
export const themeInitHash = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;
