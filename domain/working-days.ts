/** Add working days (Monday–Friday) to a moment, keeping the time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

/** The working day: 08:00–17:00 (UTC until markets carry a time zone), Monday–Friday. */
export const workingDay = { startHour: 8, endHour: 17 } as const;

/**
 * Add working hours to a moment: the clock runs only on weekdays between 08:00 and 17:00, so a lead
 * handed over on Friday at 16:00 with eight working hours is due on Monday at 15:00.
 */
export function addWorkingHours(from: Date, hours: number): Date {
  const d = new Date(from.getTime());
  let left = Math.round(hours * 60) * 60_000;
  const isWorkday = () => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
  const at = (h: number) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h);
  for (let guard = 0; guard < 10_000; guard++) {
    if (isWorkday() && d.getTime() < at(workingDay.endHour)) {
      if (d.getTime() < at(workingDay.startHour)) d.setTime(at(workingDay.startHour));
      const room = at(workingDay.endHour) - d.getTime();
      if (left <= room) return new Date(d.getTime() + left);
      left -= room;
    }
    // to the start of the next day
    d.setTime(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, workingDay.startHour));
  }
  return d;
}

/** Working hours between two moments (for "median time to accept"). */
export function workingHoursBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  let ms = 0;
  const d = new Date(from.getTime());
  for (let guard = 0; guard < 10_000 && d < to; guard++) {
    const day = d.getUTCDay();
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), workingDay.startHour);
    const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), workingDay.endHour);
    if (day !== 0 && day !== 6) ms += Math.max(0, Math.min(end, to.getTime()) - Math.max(start, d.getTime()));
    d.setTime(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
  }
  return ms / 3_600_000;
}
