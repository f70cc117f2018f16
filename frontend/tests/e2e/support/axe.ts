import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/**
 * Runs axe-core (WCAG 2.1 A/AA rules, the base of RGAA 4.1) on the page as it is: critical and serious
 * violations fail the test, the others are printed and attached to the report.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const describe = (violation: (typeof results.violations)[number]) =>
    `[${violation.impact}] ${violation.id} : ${violation.help} (${violation.nodes.length} élément(s) : ${violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(" "))
      .join(" ; ")})`;
  const blocking = results.violations.filter((violation) => violation.impact === "critical" || violation.impact === "serious");
  const others = results.violations.filter((violation) => !blocking.includes(violation));
  if (others.length) console.log(`axe — ${label} — ${others.length} violation(s) mineure(s) ou modérée(s) :\n  ${others.map(describe).join("\n  ")}`);
  await testInfo.attach(`axe-${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: "application/json" });
  expect(blocking.map(describe), `${label} : violations critiques ou graves`).toEqual([]);
}
