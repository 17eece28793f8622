import { InternalHeader, Spacer } from '@navikt/ds-react';
import type { ReactNode } from 'react';

export interface HeaderProps {
  // The application name, usually wrapped in a link home by the caller.
  title: ReactNode;
  // Who is signed in, with role and organisation under the name; absent when signed out.
  user?: { name: string; description: string };
  actions?: ReactNode;
}

// Aksel's InternalHeader: the product name, who is signed in and as what, and the actions
// that belong to the session (sign out, switch membership).
export function Header({ title, user, actions }: HeaderProps) {
  return (
    <InternalHeader>
      {title}
      <Spacer />
      {user && <InternalHeader.User name={user.name} description={user.description} />}
      {actions}
    </InternalHeader>
  );
}

export const HeaderTitle = InternalHeader.Title;
export const HeaderButton = InternalHeader.Button;
