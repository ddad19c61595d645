export type DatePrecision = "minute" | "day" | "month" | "year";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Formats a cable date in UTC, never claiming more precision than the source gave. */
export function formatCableDate(date: Date | null, precision: DatePrecision | null): string {
  if (!date) return "Date unknown";
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()] ?? "";
  const day = date.getUTCDate();
  switch (precision) {
    case "year":
      return `${year}`;
    case "month":
      return `${month} ${year}`;
    case "minute": {
      const hours = String(date.getUTCHours()).padStart(2, "0");
      const minutes = String(date.getUTCMinutes()).padStart(2, "0");
      return `${day} ${month} ${year}, ${hours}:${minutes} UTC`;
    }
    default:
      return `${day} ${month} ${year}`;
  }
}
