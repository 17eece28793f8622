import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { DataTable } from './data-table';
import { UiProvider } from './ui-provider';

interface Row {
  id: string;
  name: string;
}

describe('DataTable', () => {
  it('renders the page it is given, marks the sorted column and asks the caller to sort', async () => {
    const onSortChange = vi.fn();
    render(
      <UiProvider>
        <DataTable<Row>
          caption="Ungdomar"
          regionLabel="Tabell"
          columns={[
            { id: 'name', header: 'Namn', sortable: true, cell: (row) => row.name },
            { id: 'other', header: 'Annat', cell: () => '–' },
          ]}
          rows={[
            { id: '1', name: 'Åsa' },
            { id: '2', name: 'Anna' },
          ]}
          rowKey={(row) => row.id}
          sort={{ orderBy: 'name', direction: 'ascending' }}
          onSortChange={onSortChange}
        />
      </UiProvider>,
    );
    // Manual mode: the rows stay in the order the api sent them.
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['Åsa', '–', 'Anna', '–']);
    expect(screen.getByRole('columnheader', { name: 'Namn' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Annat' })).not.toHaveAttribute('aria-sort');
    await userEvent.click(screen.getByRole('button', { name: 'Namn' }));
    expect(onSortChange).toHaveBeenCalledWith('name');
    expect(screen.getByRole('region', { name: 'Tabell' })).toBeInTheDocument();
  });

  it('keeps the previous rows while a new view loads, busy and out of the tab order', () => {
    cleanup();
    const props = {
      caption: 'Ungdomar',
      regionLabel: 'Tabell',
      columns: [
        { id: 'name', header: 'Namn', sortable: true, cell: (row: Row) => <a href={`/u/${row.id}`}>{row.name}</a> },
      ],
      rows: [{ id: '1', name: 'Åsa' }],
      rowKey: (row: Row) => row.id,
    };
    const { rerender } = render(
      <UiProvider>
        <DataTable<Row> {...props} busy />
      </UiProvider>,
    );
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    // inert: the stale row's link cannot take focus, the sortable header still can.
    expect(screen.getByText('Åsa').closest('tbody')).toHaveAttribute('inert');
    expect(screen.getByRole('columnheader', { name: 'Namn' }).closest('thead')).not.toHaveAttribute('inert');
    rerender(
      <UiProvider>
        <DataTable<Row> {...props} />
      </UiProvider>,
    );
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy');
    expect(screen.getByText('Åsa').closest('tbody')).not.toHaveAttribute('inert');
  });
});
