import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SearchCombobox, type SearchOption } from './search-combobox';
import { UiProvider } from './ui-provider';

// 150 organisations, as a region past the old cap of 100 has; the harness plays the server
// (a name search, the first five matches), as OrganizationPicker's query does.
const ALL: SearchOption[] = Array.from({ length: 150 }, (_, i) => ({
  id: `org-${i + 1}`,
  name: `Skola ${String(i + 1).padStart(3, '0')}`,
}));

function Harness({
  initial,
  onChoose,
  onSearch,
}: {
  initial?: SearchOption;
  onChoose: (o: SearchOption | undefined) => void;
  onSearch?: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<SearchOption | undefined>(initial);
  const term = text.trim().toLowerCase();
  const matches = term === '' ? undefined : ALL.filter((o) => o.name.toLowerCase().includes(term)).slice(0, 5);
  return (
    <SearchCombobox
      id="org"
      label="Organisation"
      description="Skriv en del av namnet."
      selected={selected}
      matches={matches}
      loading={false}
      status={matches ? `${matches.length} träffar` : ''}
      clearLabel={selected ? `Ta bort ${selected.name}` : ''}
      onSearch={(value) => {
        onSearch?.(value);
        setText(value);
      }}
      onChoose={(o) => {
        onChoose(o);
        setSelected(o);
      }}
    />
  );
}

function renderHarness(props: Parameters<typeof Harness>[0]) {
  return render(
    <UiProvider>
      <Harness {...props} />
    </UiProvider>,
  );
}

// Typing into Aksel's combobox in jsdom takes a few seconds on the shared 2-core machine.
describe('SearchCombobox', { timeout: 20_000 }, () => {
  afterEach(cleanup);

  it('is a labelled combobox that shows exactly the server’s matches and says how many', async () => {
    const onSearch = vi.fn();
    renderHarness({ onChoose: vi.fn(), onSearch });
    const input = screen.getByRole('combobox', { name: 'Organisation' });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Skriv en del av namnet.'));
    await userEvent.type(input, '14');
    expect(onSearch).toHaveBeenLastCalledWith('14');
    const options = within(screen.getByRole('listbox', { name: 'Organisation' })).getAllByRole('option');
    // No filtering of its own: what the "server" found, its first five.
    expect(options.map((o) => o.textContent)).toEqual([
      'Skola 014',
      'Skola 114',
      'Skola 140',
      'Skola 141',
      'Skola 142',
    ]);
    expect(screen.getByText('5 träffar')).toBeInTheDocument();
  });

  it('chooses an organisation past the first hundred with the keyboard', async () => {
    const onChoose = vi.fn();
    renderHarness({ onChoose });
    const input = screen.getByRole('combobox', { name: 'Organisation' });
    await userEvent.type(input, 'skola 147');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith({ id: 'org-147', name: 'Skola 147' });
    expect(screen.getByRole('button', { name: 'Ta bort Skola 147' })).toBeInTheDocument();
  });

  it('shows the chosen value by name though it is not among the matches, and takes it out', async () => {
    const onChoose = vi.fn();
    renderHarness({ onChoose, initial: { id: 'org-150', name: 'Skola 150' } });
    const input = screen.getByRole('combobox', { name: 'Organisation' });
    // Chosen earlier, named by the caller: shown before anything is searched.
    expect(screen.getAllByText('Skola 150').length).toBeGreaterThan(0);
    await userEvent.type(input, 'skola 00');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    // The chosen one stays an option (first, marked chosen) beside the server's matches.
    expect(options.map((o) => o.textContent)).toEqual([
      'Skola 150',
      'Skola 001',
      'Skola 002',
      'Skola 003',
      'Skola 004',
      'Skola 005',
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    expect(onChoose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Skola 150' }));
    expect(onChoose).toHaveBeenLastCalledWith(undefined);
    expect(screen.queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument();
  });

  it('answers no matches in Swedish', async () => {
    renderHarness({ onChoose: vi.fn() });
    await userEvent.type(screen.getByRole('combobox', { name: 'Organisation' }), 'ingen sådan');
    expect(screen.getByText('Inga träffar')).toBeInTheDocument();
    expect(screen.getByText('0 träffar')).toBeInTheDocument();
  });
});
