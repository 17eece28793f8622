import { Table, type SortState } from '@navikt/ds-react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';

export interface DataTableColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  // Sortable by the server: the key is passed to onSortChange.
  sortable?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: Array<DataTableColumn<Row>>;
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState;
  onSortChange?: (key: string) => void;
  // The region scrolls horizontally on narrow screens (WCAG 1.4.10) and needs a name.
  regionLabel: string;
  // The rows are the previous view's while a new sort, filter or page loads. They stay on
  // screen (no jump, focus stays on the sort button or pager pressed) but cannot take focus:
  // a keyboard user who tabbed onto a stale row would lose focus to the page's start when the
  // new rows replace it (WCAG 2.4.3). aria-busy tells screen readers the table is updating.
  busy?: boolean;
}

// TanStack Table in manual mode: the api sorts, filters and pages; the table only renders
// the page it is given. Aksel's sortable headers are buttons that set aria-sort.
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  regionLabel,
  busy = false,
}: DataTableProps<Row>) {
  const columnDefs = useMemo<Array<ColumnDef<Row>>>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        enableSorting: column.sortable ?? false,
        cell: (context) => column.cell(context.row.original),
      })),
    [columns],
  );
  const sortableIds = new Set(columns.filter((column) => column.sortable).map((column) => column.id));
  const sorting: SortingState = sort ? [{ id: sort.orderBy, desc: sort.direction === 'descending' }] : [];
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowKey,
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    state: { sorting },
  });
  return (
    <div className="brygga-table-region" role="region" aria-label={regionLabel} tabIndex={0}>
      <Table sort={sort} onSortChange={(key) => onSortChange?.(key)} zebraStripes aria-busy={busy || undefined}>
        <caption className="brygga-visually-hidden">{caption}</caption>
        <Table.Header>
          {table.getHeaderGroups().map((group) => (
            <Table.Row key={group.id}>
              {group.headers.map((header) =>
                // Our columns are display columns (no accessor), so TanStack's getCanSort() is
                // false for them; sorting is the api's, declared on our column.
                sortableIds.has(header.column.id) ? (
                  <Table.ColumnHeader key={header.id} sortKey={header.column.id} sortable scope="col">
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </Table.ColumnHeader>
                ) : (
                  <Table.HeaderCell key={header.id} scope="col">
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </Table.HeaderCell>
                ),
              )}
            </Table.Row>
          ))}
        </Table.Header>
        <Table.Body inert={busy || undefined}>
          {table.getRowModel().rows.map((row) => (
            <Table.Row key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <Table.DataCell key={cell.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.DataCell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
