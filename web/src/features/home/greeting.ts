/** Which greeting fits the hour: morning until 10, afternoon until 18, then evening. */
export function partOfDay(date: Date): 'morning' | 'afternoon' | 'evening' {
  const hour = date.getHours();
  if (hour >= 5 && hour < 10) return 'morning';
  if (hour >= 10 && hour < 18) return 'afternoon';
  return 'evening';
}
