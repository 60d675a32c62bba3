import { expect, test } from "@playwright/test";
import { openVisit, pagesNotVisited, PHONE, useRole, visitTitle, whoTitle, WHO, type PageVisit } from "./support/pages";
import { axeViolations } from "./support/axe";

// Every page of the service, as the role that uses it, passes axe-core's WCAG 2.2 AA rules, charts
// included, and so does each page's error state where a form in the address can be wrong; and the same
// page on a phone (375 px) does not scroll sideways: wide tables scroll inside their own box.
// Read-only: pages are opened and links followed, nothing is submitted (this file runs with the readers).

interface PageCheck extends PageVisit {
  /** the status the page is expected to answer with */
  status?: number;
  /** a chart on the page: axe runs once it is drawn */
  chart?: boolean;
  /** the page shows the error summary (a wrong value in the address) */
  errorSummary?: boolean;
}

const PAGES: PageCheck[] = [
  // Reading the record
  { path: "/", as: "analyst" },
  { path: "/?asOf=2008-11-15&view=hindsight", as: "viewer" },
  { path: "/?asOf=2009-02-11", as: "analyst" },
  { path: "/?asOf=2009-02-11&status=next-in-line", as: "analyst" },
  { path: "/trusts", as: "analyst" },
  { path: "/trusts/royal-free?asOf=2009-02-11&view=hindsight", as: "analyst" },
  { path: "/trusts/kingston?asOf=2010-06-01", as: "analyst" },
  { path: "/trusts/st-georges", as: "viewer" },
  { path: "/trusts/barnet-and-chase-farm", as: "analyst" },
  { path: "/trusts/kingston", as: "manager" },
  { path: "/timeline", as: "analyst", chart: true },
  { path: "/timeline?asOf=2008-11-15", as: "viewer", chart: true },
  { path: "/decisions", as: "analyst" },
  { path: "/decisions/halt-2008-10?asOf=2010-06-01", as: "analyst" },
  { path: "/decisions/resume-2009-02", as: "viewer" },
  { path: "/problems", as: "analyst" },
  { path: "/contracts", as: "analyst" },
  { path: "/payments?asOf=2010-06-01", as: "analyst" },
  { path: "/sources", as: "analyst" },
  { path: "/conflicts", as: "analyst" },
  { path: "/search?q=Royal+Free", as: "viewer" },
  { path: "/search?q=halt&asOf=2009-01-15&view=hindsight", as: "analyst" },
  { path: "/exports", as: "analyst" },
  { path: "/changes", as: "viewer" },
  { path: "/changes?from=2026-02-30&kind=rumour&trust=nope", as: "viewer", errorSummary: true },
  { path: "/not-allowed?need=decision.record", as: "viewer" },
  // Board review
  { path: "/board", as: "board" },
  { path: "/board/costs?asOf=2010-06-01", as: "board" },
  { path: "/board/baselines", as: "board" },
  { path: "/board/compare?choice=on:2008-10-30&asOf=2010-06-01", as: "board" },
  { path: "/board/what-if", as: "board" },
  { path: "/board/what-if?move=decision&decision=resume-2009-02&date=2008-12-01", as: "board" },
  { path: "/board/what-if?move=decision&decision=resume-2009-02&date=2008-12-01", as: "viewer" },
  { path: "/board/pack?from=2008-10-01&to=2009-02-11", as: "board" },
  { path: "/board/pack?decision=halt-2008-10&to=2010-06-01", as: "board" },
  { path: "/board/packs", as: "board" },
  { path: "/board/timeline", as: "board", chart: true },
  { path: "/board/trends?trust=kingston&trust=st-georges&asOf=2010-06-01", as: "board", chart: true },
  { path: "/board/promises?asOf=2010-06-01", as: "board" },
  { path: "/board/promises?asOf=2010-06-01&trust=kingston&outcome=broken", as: "viewer" },
  { path: "/board/tolerances?asOf=2009-02-11&view=hindsight", as: "board" },
  // A page added later is one more line here (the last test below fails until it has one).
  // Recording changes (the forms, opened, not sent)
  { path: "/decisions/new", as: "board" },
  { path: "/board/baselines/new", as: "board" },
  { path: "/board/tolerances/new", as: "board" },
  { path: "/sources/new", as: "manager" },
  { path: "/trusts/queen-marys-roehampton", as: "manager", follow: /^Re-plan/, route: "/trusts/[slug]/go-lives/[goLiveId]/replan" },
  { path: "/trusts/kingston", as: "manager", follow: /^Record the go-live/, route: "/trusts/[slug]/go-lives/[goLiveId]/go-live" },
  { path: "/trusts/royal-free", as: "manager", follow: /^Record acceptance/, route: "/trusts/[slug]/go-lives/[goLiveId]/acceptance" },
  { path: "/trusts/royal-free/problems/new", as: "manager" },
  // Administration
  { path: "/admin/users", as: "admin" },
  { path: "/admin/users/invite", as: "admin" },
  { path: "/admin/users", as: "admin", follow: /^Manage/, route: "/admin/users/[id]" },
  { path: "/admin/audit", as: "admin" },
  // Your account
  { path: "/account/tokens", as: "analyst" },
  { path: "/account/tokens", as: "viewer" },
  { path: "/api/docs", as: "analyst" },
  // Signed out
  { path: "/sign-in", as: "signed out" },
  { path: "/sign-in?signedOut=1", as: "signed out" },
  { path: "/invitation/not-a-real-invitation-token", as: "signed out" },
  // Not found
  { path: "/no-such-page", as: "analyst", status: 404 },
  { path: "/trusts/no-such-trust", as: "analyst", status: 404 },
  { path: "/trusts/kingston/go-lives/999/replan", as: "manager", status: 404, route: "/trusts/[slug]/go-lives/[goLiveId]/replan" },
  { path: "/decisions/no-such-decision", as: "analyst", status: 404 },
  // An issued pack's pages need a pack, which only a writing spec makes: issued-packs.spec.ts runs axe on them.
  { path: "/board/packs/no-such-pack", as: "board", status: 404, route: "/board/packs/[key]" },
  { path: "/board/packs/no-such-pack/changes", as: "board", status: 404, route: "/board/packs/[key]/changes" },
  { path: "/board/packs/no-such-pack/compare", as: "board", status: 404, route: "/board/packs/[key]/compare" },
  // The import (decision 025): a preview and its result need an uploaded file, which only a writing spec makes:
  // import.spec.ts runs axe on them.
  { path: "/import", as: "manager" },
  { path: "/import/no-such-import", as: "manager", status: 404, route: "/import/[id]" },
  { path: "/import/no-such-import/applied", as: "manager", status: 404, route: "/import/[id]/applied" },
  // Error states of the forms in the address
  { path: "/?asOf=2009-13-01", as: "analyst", errorSummary: true },
  { path: "/?asOf=2009-02-11&status=nonsense", as: "analyst", errorSummary: true },
  { path: "/trusts/kingston?asOf=2009-02-30", as: "analyst", errorSummary: true },
  { path: "/timeline?asOf=not-a-date", as: "analyst", chart: true, errorSummary: true },
  { path: "/decisions?asOf=2009-13-01", as: "analyst", errorSummary: true },
  { path: "/decisions/halt-2008-10?asOf=2009-13-01", as: "analyst", errorSummary: true },
  { path: "/problems?trust=Not+a+trust", as: "analyst", errorSummary: true },
  { path: "/board/trends?interval=weekly&trust=no-such-trust&trust=kingston", as: "board", chart: true, errorSummary: true },
  { path: "/board/promises?outcome=nonsense&maker=someone&trust=no-such-trust&page=0", as: "board", errorSummary: true },
  { path: "/board/tolerances?asOf=2009-13-01", as: "board", errorSummary: true },
  { path: "/contracts?asOf=2009-13-01", as: "analyst", errorSummary: true },
  { path: "/payments?trust=Not+a+trust", as: "analyst", errorSummary: true },
  { path: "/sources?asOf=2009-13-01", as: "analyst", errorSummary: true },
  { path: "/conflicts?status=nonsense", as: "analyst", errorSummary: true },
  { path: "/search?q=the+and&asOf=2009-13-01", as: "analyst", errorSummary: true },
  { path: "/board/costs?asOf=2009-13-01", as: "board", errorSummary: true },
  { path: "/board/compare?on=bad", as: "board", errorSummary: true },
  { path: "/board/compare", as: "board", errorSummary: true },
  { path: "/board/what-if?move=decision", as: "board", errorSummary: true },
  { path: "/board/what-if?move=plan&goLive=nonsense&planned=2009-02-30", as: "board", errorSummary: true },
  { path: "/board/pack?from=2009-03-01&to=2009-02-11", as: "board", errorSummary: true },
  { path: "/board/timeline?zoom=custom&from=2009-06-01&to=2009-01-01", as: "board", errorSummary: true },
  { path: "/admin/audit?from=not-a-date&page=0", as: "admin", errorSummary: true },
];

for (const who of WHO) {
  const checks = PAGES.filter((c) => c.as === who);
  test.describe(`as ${whoTitle(who)}`, () => {
    useRole(who);

    for (const check of checks) {
      test(`${visitTitle(check)} meets WCAG 2.2 AA as axe-core checks it, and fits a phone's width`, async ({ page }) => {
        const response = await openVisit(page, check);
        expect(response?.status(), "the page's HTTP status").toBe(check.status ?? 200);
        // A signed-in page that sent the browser to sign in would pass axe and prove nothing.
        if (who !== "signed out") await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Sign out");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (check.errorSummary) await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
        if (check.chart) {
          // Recharts draws on the client once it has measured its box.
          await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
          await expect(page.locator(".recharts-wrapper .recharts-layer :is(path, rect, circle, polygon)").first()).toBeAttached();
        }
        expect(await axeViolations(page), "axe-core's violations: rule (impact): targets").toEqual([]);

        // The same page on a phone: once it has laid itself out again, nothing is wider than the screen.
        await page.setViewportSize(PHONE);
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: "the page's width in CSS pixels at 375 px" })
          .toBeLessThanOrEqual(PHONE.width);
      });
    }
  });
}

test("the list above covers every page in app/", () => {
  expect(pagesNotVisited(PAGES), "pages with no accessibility and width check: add a line for each to PAGES").toEqual([]);
});
