/** @jest-environment jsdom */
// One playground grid row, as Excel shows cells: numbers right, text left and running on into an empty neighbour.
import { render } from "@testing-library/react";
import { SheetGridRow } from "../../playground/SheetGridRow";

function cellsOf(values: readonly (string | number)[], formats: readonly string[]) {
  const { container } = render(
    <table>
      <tbody>
        <SheetGridRow
          row={4}
          values={values}
          formats={formats}
          fill={(column) => (column === 0 ? "#cce8d6" : "#fff")}
          onCellDown={() => undefined}
          onCellUp={() => undefined}
        />
      </tbody>
    </table>,
  );
  return { header: container.querySelector("th"), cells: [...container.querySelectorAll("td")] };
}

test("row 4 (0-based) is numbered 5; cells formatted, aligned and filled as Excel shows them", () => {
  const { header, cells } = cellsOf(
    ["Long label", "", 1234.5, "x", "y"],
    ["General", "General", "#,##0", "@", "@"],
  );
  expect(header?.textContent).toBe("5");
  expect(cells.map((cell) => cell.textContent)).toEqual(["Long label", "", "1,235", "x", "y"]);
  expect(cells[2]?.style.textAlign).toBe("right");
  expect(cells[0]?.style.textAlign).toBe("left");
  // "Long label" runs on into the empty B; "x" beside "y" is clipped; the last cell has no neighbour: runs on.
  expect(cells.map((cell) => cell.style.overflow)).toEqual([
    "visible",
    "hidden",
    "hidden",
    "hidden",
    "visible",
  ]);
  expect(cells[0]?.style.background).toBe("rgb(204, 232, 214)");
});
