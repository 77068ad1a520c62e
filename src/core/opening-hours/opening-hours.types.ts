// The shape of a branch's opening hours: weekly schedules (some for a date range), exceptions for dates, holiday rules.
// Times are wall-clock times in Europe/Stockholm; dates are ISO dates (YYYY-MM-DD).

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `staffed`: staff are in; `self-service`: meröppet — patrons let themselves in with their card, no staff. */
export const SERVICE_KINDS = ['staffed', 'self-service'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Text written by a library, in Swedish and optionally English. */
export interface LocalizedText {
  readonly sv: string;
  readonly en?: string;
}

/**
 * One stretch of a day the doors are open: `from` and `to` are "HH:MM", `to` may be "24:00" and is not included.
 * A `to` earlier than `from` runs past midnight into the next day. Staffed and self-service intervals may overlap
 * (staffed 10–19 inside self-service 07–22): staff are in where a staffed interval covers the time.
 */
export interface OpeningInterval {
  readonly from: string;
  readonly to: string;
  readonly service: ServiceKind;
}

/**
 * The hours of an ordinary week. Without dates it always applies; with `from`/`to` (both inclusive) only then —
 * as ISO dates for one period, or as "MM-DD" for every year (summer hours; "12-01".."02-28" wraps the new year).
 * When several cover a date, the one with the shortest period wins; on a tie, the later in the list.
 * A weekday without an entry is closed.
 */
export interface WeeklySchedule {
  readonly name?: LocalizedText;
  readonly from?: string;
  readonly to?: string;
  readonly days: Partial<Record<Weekday, readonly OpeningInterval[]>>;
}

/**
 * Other hours for a date or a run of dates (`to` inclusive): `hours: []` closes the branch. An exception beats the
 * weekly schedule and any holiday; when several cover a date, the shortest run wins, on a tie the later in the list.
 */
export interface OpeningException {
  readonly date: string;
  readonly to?: string;
  readonly hours: readonly OpeningInterval[];
  readonly note?: LocalizedText;
}

/**
 * What a Swedish public holiday or eve (see swedish-holidays.ts) does to the weekly hours when no exception says:
 * `closed` (the default), `self-service` (only the self-service hours stay) or `as-usual`.
 */
export const HOLIDAY_RULES = ['closed', 'self-service', 'as-usual'] as const;
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

export interface OpeningHours {
  readonly schedules: readonly WeeklySchedule[];
  readonly exceptions?: readonly OpeningException[];
  readonly onHolidays?: HolidayRule;
  readonly notes?: readonly LocalizedText[];
  /** Made-up hours for the demo: every page and answer that shows them says so. */
  readonly demo?: boolean;
}
