import type { ClientDirective } from 'astro';

/**
 * `client:linked="ns"` hydrates an instrument when it scrolls into view, or at once when the URL
 * names it (a `ns.*` query parameter or the `#ns` anchor), so a shared link restores its state
 * without the reader having to scroll.
 */
const linked: ClientDirective = (load, options, el) => {
  const hydrate = async () => {
    const run = await load();
    await run();
  };
  const ns = String(options.value);
  const url = new URL(window.location.href);
  const named = url.hash === `#${ns}` || [...url.searchParams.keys()].some((key) => key.startsWith(`${ns}.`));
  if (named) {
    void hydrate();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void hydrate();
    },
    { rootMargin: '200px' },
  );
  // <astro-island> is display: contents, so observe its children.
  for (const child of Array.from(el.children)) observer.observe(child);
};

export default linked;
