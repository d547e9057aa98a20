// "Excel on the web has a payload size limit for requests and responses of 5MB" and "A range is limited to
// 5,000,000 cells for read operations" (learn.microsoft.com/office/dev/add-ins/concepts/
// resource-limits-and-performance-optimization, "Excel add-ins"). RequestPayloadSizeLimitExceeded "only occurs
// in Office on the web" (application-specific-api-error-handling).
import { createSimulatedExcel } from "../../../playground/simulator";

/** 1000 rows × 10 columns of 600-character strings: about 6 MB of JSON. */
function sixMegabytes(): string[][] {
  const text = "x".repeat(600);
  return Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => text));
}

async function writeBlock(sim: ReturnType<typeof createSimulatedExcel>, values: string[][]): Promise<void> {
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Big");
    sheet.getRange(`A1:J${values.length}`).values = values;
    await context.sync();
  });
}

describe("payload limit", () => {
  test("web mode rejects a request over the limit with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    await expect(writeBlock(sim, sixMegabytes())).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    // Not even the worksheets.add queued before the big write ran.
    expect(sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(sim.requestLog[0]?.requestBytes).toBeGreaterThan(6_000_000);
  });

  test("desktop mode has no payload limit", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    await writeBlock(sim, sixMegabytes());
    expect(sim.workbook.sheet("Big").usedAddress()).toBe("Big!A1:J1000");
  });

  test("the same data split in two requests fits in web mode", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    const values = sixMegabytes();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Big");
      sheet.getRange("A1:J500").values = values.slice(0, 500);
      await context.sync();
      sheet.getRange("A501:J1000").values = values.slice(500);
      await context.sync();
    });
    expect(sim.requestLog.every((entry) => entry.requestBytes < sim.payloadLimitBytes)).toBe(true);
    expect(sim.workbook.sheet("Big").usedAddress()).toBe("Big!A1:J1000");
  });

  test("request size is the UTF-8 size of the JSON written: a CJK character counts three bytes", async () => {
    const sim = createSimulatedExcel({ mode: "web" });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["a"]];
      await context.sync();
      range.values = [["分"]];
      await context.sync();
    });
    const [ascii, cjk] = sim.requestLog;
    expect((cjk?.requestBytes ?? 0) - (ascii?.requestBytes ?? 0)).toBe(2);
  });

  test("web mode rejects a response over the limit with ResponsePayloadSizeLimitExceeded", async () => {
    const web = createSimulatedExcel({ mode: "web" });
    web.addSheet("Big", { values: sixMegabytes() });
    await expect(
      web.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:J1000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("reading values of more than 5,000,000 cells is RangeExceedsLimit on every platform", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  test("each request records whether calculation and screen updating were suspended for it", async () => {
    // suspendApiCalculationUntilNextSync (ExcelApi 1.6) and suspendScreenUpdatingUntilNextSync (1.9) last
    // "until the next context.sync()" (learn.microsoft.com/office/dev/add-ins/excel/performance).
    const sim = createSimulatedExcel({ mode: "web" });
    await sim.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
      await context.sync();
    });
    expect(
      sim.requestLog.map((entry) => [entry.calculationSuspended, entry.screenUpdatingSuspended]),
    ).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});
