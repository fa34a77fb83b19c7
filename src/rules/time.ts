// China time for every rule and the mock: API times carry +08:00 (API.md), and calendar days
// (deadlines, event days) are days in China whatever zone a phone or server is set to.

/** UTC+08:00 all year (no daylight saving). */
export const CST_OFFSET_MS = 8 * 3600 * 1000
export const DAY_MS = 24 * 3600 * 1000
