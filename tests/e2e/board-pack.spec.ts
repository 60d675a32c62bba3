import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { fillDateInput } from "./support/date-input";
import { expectNoAxeViolations } from "./support/axe";

// A board member takes a board pack into the meeting: printed from Chromium to PDF (A4), its text
// read back with pdf.js. Reads only.
test.use({ storageState: storageStateOf("board") });

async function pdfText(page: Page): Promise<{ text: string; pages: number }> {
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return { text: pages.join("\n").replace(/\s+/g, " "), pages: doc.numPages };
}

test("a board member makes the pack for a meeting and prints it to PDF", async ({ page }) => {
  await page.goto("/board");
  await page.getByRole("link", { name: "Board pack" }).click();
  await fillDateInput(page, "Meeting date", "2009-02-11");
  await fillDateInput(page, "Date of the last pack", "2008-10-01");
  await page.getByRole("button", { name: "Make the pack" }).click();
  await expect(page).toHaveURL(/\/board\/pack\?to=2009-02-11&from=2008-10-01/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Board pack for the meeting of 11 February 2009");
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();

  const { text, pages } = await pdfText(page);
  expect(pages).toBeGreaterThanOrEqual(2); // sections start on new A4 pages
  for (const expected of [
    "Board pack for the meeting of 11 February 2009",
    "1. Status on 11 February 2009",
    "Kingston Hospital NHS Trust",
    "2. Changes since the last pack",
    "postponed indefinitely",
    "All Cerner go-lives in London halted",
    "3. Decisions in force",
    "4. What the decisions cost",
    "5. Where the sources disagree",
    "Who decided to halt all Cerner go-lives in London",
    "6. Milestone trends",
    "April 2009 at the earliest",
    "7. Sources",
    "Hansard",
  ]) {
    expect(text, expected).toContain(expected);
  }
  // the site's navigation and the form are not printed
  expect(text).not.toContain("Make a board pack");
  expect(text).not.toContain("Board review");
});

test("the pack for the October 2008 halt says what it cost, and prints", async ({ page }) => {
  await page.goto("/board/pack?decision=halt-2008-10&to=2010-06-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All Cerner go-lives in London halted: board pack for 1 June 2010");
  const costs = page.getByRole("region", { name: "4. What the decisions cost" });
  await expect(costs).toContainText("held 4 go-lives for 412 go-live days in all");
  await expect(costs).toContainText("Not known for 4 go-lives");
  const { text } = await pdfText(page);
  expect(text).toContain("Kingston Hospital NHS Trust: held 103 days");
  expect(text).toContain("365 to 394 days later");
});

test("a wrong date says what to fix; the page passes axe", async ({ page }) => {
  await page.goto("/board/pack?from=2009-03-01&to=2009-02-11");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The last pack's date must be before the meeting date");
  // A date typed wrong in the date input is refused with the date input's message naming it, and kept as typed,
  // the address as sent; the summary links to the part that is wrong.
  await page.goto("/board/pack?to-day=30&to-month=2&to-year=2009&from-day=1&from-month=&from-year=2008");
  await expect(page).toHaveURL(/to-day=30/);
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText(["Meeting date must be a real date", "Date of the last pack must include a month"]);
  const meeting = page.getByRole("group", { name: "Meeting date", exact: true });
  await expect(meeting).toContainText("Meeting date must be a real date");
  await expect(meeting.getByLabel("Day")).toHaveValue("30");
  await expect(meeting.getByLabel("Day")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: "Date of the last pack must include a month" }).click();
  await expect(page.getByRole("group", { name: "Date of the last pack", exact: true }).getByLabel("Month")).toBeFocused();
  await page.goto("/board/pack?from=2008-10-01&to=2009-02-11");
  await expectNoAxeViolations(page);
});
