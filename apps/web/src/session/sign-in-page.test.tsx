import '../i18n/i18n';

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { UiProvider } from '../ui';
import { SessionProvider } from './session-context';
import { SessionStore } from './session-store';
import { SignInPage } from './sign-in-page';

function renderSignIn() {
  const store = new SessionStore();
  render(
    <UiProvider>
      <SessionProvider store={store}>
        <SignInPage />
      </SessionProvider>
    </UiProvider>,
  );
  return store;
}

describe('SignInPage', () => {
  it('shows an error summary linked to each empty field, focused, with the same words inline', async () => {
    renderSignIn();
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#sign-in-email', '#sign-in-password']);
    expect(links.map((l) => l.textContent)).toEqual(['Skriv din e-postadress.', 'Skriv ditt lösenord.']);
    expect(document.activeElement?.textContent).toContain('Rätta följande innan du fortsätter');
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toBe('Fel: Logga in – Brygga');
  });

  it('lets password managers fill both fields', () => {
    renderSignIn();
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Lösenord')).toHaveAttribute('autocomplete', 'current-password');
  });
});
