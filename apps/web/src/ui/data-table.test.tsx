import { render, screen } from '@testing-library/react';
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
});
