import type { ReactNode } from 'react';

// A link that looks like a secondary button: for a navigation that leaves the app (the
// provider's sign-in), where Aksel's `Button as="a"` would announce it as a button (it sets
// role="button") although activating it follows a link.
export function LinkButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="aksel-button aksel-button--medium" data-variant="secondary">
      <span className="aksel-label">{children}</span>
    </a>
  );
}
