// Marks the chapter-contents link of the section being read (aria-current="location"), so the
// sticky contents double as a "you are here". Sections are the ids the contents link to.
export function spyOnSections(links: readonly HTMLAnchorElement[]): void {
  const sections = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (sections.length === 0) return;
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    // The last section whose heading is above the top third of the window; at the very end of the
    // page, the last section (a short one may never reach that line).
    const line = window.innerHeight / 3;
    let active = sections[0]!.link;
    for (const { link, target } of sections) if (target.getBoundingClientRect().top <= line) active = link;
    const root = document.documentElement;
    if (window.scrollY > 0 && window.scrollY + window.innerHeight >= root.scrollHeight - 2) active = sections.at(-1)!.link;
    if (active === current) return;
    current?.removeAttribute('aria-current');
    active.setAttribute('aria-current', 'location');
    current = active;
  };
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
}
