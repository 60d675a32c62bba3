// Partial dates as the record gives them: a day, a month or a year, stored as the period's first day.
import type { IsoDate, PartialDate } from "./types";

type YearMonth = `${number}-${number}`;

/** A date the record gives to the day, e.g. day("2008-10-06"). */
export const day = (on: IsoDate): PartialDate => ({ on, precision: "DAY" });

/** A date the record gives to the month, e.g. month("2008-06"): stored as the 1st. */
export const month = (yearMonth: YearMonth): PartialDate => ({ on: `${yearMonth}-01`, precision: "MONTH" });

/** A date the record gives to the year only, e.g. year("2009"): stored as 1 January. */
export const year = (y: `${number}`): PartialDate => ({ on: `${y}-01-01`, precision: "YEAR" });
