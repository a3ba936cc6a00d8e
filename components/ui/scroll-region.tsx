// A wide data table's own sideways scroll. WCAG 2.2 SC 1.4.10 (reflow at 320
// CSS px) excepts data tables, not the page around them: a table wider than
// the screen scrolls inside this box and the page keeps the screen's width.
// The box is a named region that takes keyboard focus, so a keyboard user can
// scroll it with the arrow keys and a screen reader announces what it holds;
// the focus ring is the app's own (:focus-visible in app/globals.css).
// `relative` matters: an absolutely positioned descendant (a table's sr-only
// caption or cell label) is otherwise placed against the page, outside the
// box, and widens the page after all. No client code, so it works without
// JavaScript and in the print views (where globals.css lets it overflow).

export function ScrollRegion({ labelledBy, className = "", children }: { labelledBy: string; className?: string; children: React.ReactNode }) {
  return (
    // The one non-interactive element that takes focus, on purpose: a box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className={`scroll-region relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
