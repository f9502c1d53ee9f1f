/**
 * A date as printed in the document and named in messages: `2025-03-01` as the calendar reads in Sweden, whatever the machine's zone. Worked out from
 * the EU summer-time rule (UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC,
 * UTC+1 otherwise) rather than with Intl, whose time-zone data costs a cold CLI run tens of milliseconds.
 */
export function swedishDate(d: Date): string {
  const year = d.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * 86_400_000;
  };
  const summer = d.getTime() >= lastSunday(2) && d.getTime() < lastSunday(9);
  return new Date(d.getTime() + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}
