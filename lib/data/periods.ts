/**
 * The where-clause for rows with a start and an optional end (placements, contracts) that were
 * in force at some time between two days, or on one day. One definition for every register.
 */
export function activeBetween(first: Date, last: Date) {
  return { startsOn: { lte: last }, OR: [{ endsOn: null }, { endsOn: { gte: first } }] };
}

export const activeOn = (day: Date) => activeBetween(day, day);
