/*
 * 12 members in three obvious groups (as test/src/segment/segment.test.ts derives by hand):
 * 4 heavy (8 orders × heavyAmount, 20,000 by default), 4 middle (3 × 15,000), 4 light (1 × 1,000, long ago):
 * (8 + 3 + 1) × 4 = 48 order lines.
 */
export function orderSheet(heavyAmount = 20000): (string | number)[][] {
  const rows: (string | number)[][] = [["Member ID", "Order ID", "Order Date", "Amount"]];
  for (let member = 1; member <= 4; member++) {
    for (let day = 44993; day <= 45000; day++)
      rows.push([`H${member}`, `H${member}-${day}`, day, heavyAmount]);
    rows.push([`L${member}`, `L${member}-1`, 44000, 1000]);
    for (let day = 44990; day <= 44992; day++) rows.push([`M${member}`, `M${member}-${day}`, day, 15000]);
  }
  return rows;
}

/** Text member and order ids, serial dates, amounts with a thousands separator; a General header row. */
export function orderFormats(values: readonly (readonly unknown[])[]): string[][] {
  return values.map((_row, index) =>
    index === 0 ? ["General", "General", "General", "General"] : ["@", "@", "yyyy-mm-dd", "#,##0"],
  );
}
