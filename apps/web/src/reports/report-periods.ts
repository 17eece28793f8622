// The periods leadership picks from: the half-years SCB reports by, the year so far, and the last
// twelve months, all in Swedish days. A period that has not ended yet ends today.
export interface ReportPeriod {
  id: string;
  from: string;
  to: string;
  labelKey: 'reports.periods.halfYear' | 'reports.periods.yearToDate' | 'reports.periods.last12Months';
  half?: 1 | 2;
  year?: number;
}

function minusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 - months, d + 1));
  return date.toISOString().slice(0, 10);
}

export function reportPeriods(today: string): ReportPeriod[] {
  const year = Number(today.slice(0, 4));
  const currentHalf: 1 | 2 = today.slice(5) < '07-01' ? 1 : 2;
  const halves: ReportPeriod[] = [];
  let y = year;
  let half = currentHalf;
  for (let i = 0; i < 4; i += 1) {
    const from = half === 1 ? `${y}-01-01` : `${y}-07-01`;
    const end = half === 1 ? `${y}-06-30` : `${y}-12-31`;
    halves.push({
      id: `${y}H${half}`,
      from,
      to: end > today ? today : end,
      labelKey: 'reports.periods.halfYear',
      half,
      year: y,
    });
    if (half === 1) {
      half = 2;
      y -= 1;
    } else half = 1;
  }
  return [
    ...halves,
    { id: 'YTD', from: `${year}-01-01`, to: today, labelKey: 'reports.periods.yearToDate' },
    { id: '12M', from: minusMonths(today, 12), to: today, labelKey: 'reports.periods.last12Months' },
  ];
}
