import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { useFocusOnOpen } from './focus-on-open';

// A form that mounts in place of its button, as "Ändra status" and the other forms of the young
// person's page do, and one rendered inline by the component that holds `open`.
function MountedForm() {
  const ref = useFocusOnOpen<HTMLFormElement>();
  return (
    <form ref={ref} aria-label="Status">
      <input type="hidden" name="version" value="3" />
      <label>
        Ny status
        <select disabled>
          <option>Okänd</option>
        </select>
      </label>
      <label>
        Datum
        <input name="day" />
      </label>
    </form>
  );
}

function Toggle({ inline }: { inline: boolean }) {
  const [open, setOpen] = useState(false);
  const ref = useFocusOnOpen<HTMLFormElement>(open);
  if (!open) return <button onClick={() => setOpen(true)}>Ändra status</button>;
  if (!inline) return <MountedForm />;
  return (
    <form ref={ref} aria-label="Nej">
      <label>
        Kategori
        <select>
          <option>Plan</option>
        </select>
      </label>
    </form>
  );
}

describe('useFocusOnOpen', () => {
  afterEach(cleanup);

  it('moves focus to the first field that takes input when a form mounts in place of its button', async () => {
    render(<Toggle inline={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ändra status' }));
    // Not <body>, not the hidden or the disabled field.
    expect(document.activeElement).toBe(screen.getByLabelText('Datum'));
  });

  it('moves focus into an inline form when its owner opens it, and not before', () => {
    render(<Toggle inline />);
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the inline form’s first field on opening', async () => {
    render(<Toggle inline />);
    await userEvent.click(screen.getByRole('button', { name: 'Ändra status' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Kategori'));
  });
});
