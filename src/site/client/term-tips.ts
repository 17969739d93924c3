// Glossary definitions where terms are used: CSS shows them on hover and keyboard focus. This adds
// what CSS cannot: tap on a touch screen (no hover there) opens the definition and a second tap
// follows the link; Escape hides an open one without moving the pointer or focus (WCAG 1.4.13).
const OPEN = 'data-open';
const DISMISSED = 'data-dismissed';
const touch = matchMedia('(hover: none)');

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.term') : null);
const closeAll = (except?: Element | null) => {
  for (const term of document.querySelectorAll(`.term[${OPEN}]`)) if (term !== except) term.removeAttribute(OPEN);
};

document.addEventListener('click', (event) => {
  const term = termOf(event.target);
  if (term && touch.matches && !term.hasAttribute(OPEN) && (event.target as Element).closest('.term-link')) {
    event.preventDefault();
    closeAll(term);
    term.removeAttribute(DISMISSED);
    term.setAttribute(OPEN, '');
  } else if (!term) closeAll();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term:hover, .term:focus-within, .term[data-open]')) {
    term.removeAttribute(OPEN);
    term.setAttribute(DISMISSED, '');
  }
});

// A dismissed definition comes back the next time the reader points at or focuses the term.
const undismiss = (event: Event) => {
  const term = termOf(event.target);
  if (term && !term.contains((event as MouseEvent | FocusEvent).relatedTarget as Node | null)) term.removeAttribute(DISMISSED);
};
document.addEventListener('mouseout', undismiss);
document.addEventListener('focusout', undismiss);
