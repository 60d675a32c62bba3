// The pages the whole-service specs open (accessibility.spec.ts, layout.spec.ts): who opens each, how a page whose
// address holds an id is reached, and the check that such a list leaves no page in app/ out.
import { expect, test, type Page } from "@playwright/test";
import { appRoutes } from "./fuzz";
import { storageStateOf, type DemoRole } from "./roles";

export type Who = DemoRole | "signed out";

/** A phone's screen, in CSS pixels: no page may be wider. */
export const PHONE = { width: 375, height: 800 };

export const WHO: Who[] = ["signed out", "viewer", "analyst", "manager", "board", "admin"];

export interface PageVisit {
  /** the address opened */
  path: string;
  /** who opens it */
  as: Who;
  /** a link on `path` to follow to the page checked, for pages whose address holds an id the sample data does not fix */
  follow?: RegExp;
  /** the route (app/ folder, without route groups) the page checked belongs to, where `path` does not show it */
  route?: string;
}

/** The tests in this describe block run as this person. */
export const useRole = (who: Who) => test.use({ storageState: who === "signed out" ? { cookies: [], origins: [] } : storageStateOf(who) });

export const whoTitle = (who: Who) => (who === "signed out" ? "someone signed out" : `the ${who}`);

export const visitTitle = (visit: PageVisit) => `${visit.path}${visit.follow ? ` → ${visit.route}` : ""}`;

/** Opens the visit's address and follows its link where it has one; returns the response to the address. */
export async function openVisit(page: Page, visit: PageVisit) {
  const response = await page.goto(visit.path);
  if (visit.follow) {
    await page.getByRole("link", { name: visit.follow }).first().click();
    await expect(page).toHaveURL(routeRegExp(visit.route!));
  }
  return response;
}

/** "/trusts/[slug]/go-lives/[goLiveId]/replan" → a pattern any address of that route matches. */
function routeRegExp(route: string) {
  const body = route === "/" ? "" : route.replace(/\[\.\.\.[^\]]+\]/g, ".+").replace(/\[[^\]]+\]/g, "[^/?#]+");
  return new RegExp(`^https?://[^/]+${body}/?(?:[?#].*)?$`);
}

/** The pages in app/ (page.tsx, as their routes) that no visit in the list reaches. */
export function pagesNotVisited(visits: readonly PageVisit[]): string[] {
  const visited = visits.map((v) => v.route ?? v.path.replace(/[?#].*$/, ""));
  return appRoutes()
    .filter((r) => r.kind === "page")
    .map((r) => r.pattern)
    .filter((route) => {
      const pattern = new RegExp(`^${route === "/" ? "/" : route.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
      return !visited.some((p) => pattern.test(p));
    });
}

/** From the board review's page, follows its link to one of the board's pages: lands on `path`, headed `heading`. */
export async function openFromBoard(page: Page, heading: string, path: string) {
  await page.goto("/board");
  await page.getByRole("main").getByRole("link", { name: heading, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}
