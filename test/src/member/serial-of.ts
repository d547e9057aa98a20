/**
 * Test helper: the Excel serial of an ISO date or date-time (UTC), computed with the platform's Date.UTC and
 * the documented anchor 25569 = 1970-01-01, independently of src/member/excel-serial.ts.
 */
export function serialOf(iso: string): number {
  const withZone = iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`;
  const milliseconds = Date.parse(withZone);
  if (Number.isNaN(milliseconds)) throw new Error(`bad test date ${iso}`);
  return milliseconds / 86_400_000 + 25569;
}
