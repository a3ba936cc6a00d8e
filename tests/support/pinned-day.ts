// The day the test suites live on. The server, the seed and every status rule
// read "today" from the one clock (lib/clock.ts), which STOCKTAKE_TODAY pins,
// so no test changes its verdict with the calendar.
export const PINNED_DAY = "2026-11-20";
