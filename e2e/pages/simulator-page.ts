import type { Locator, Page } from "@playwright/test";

/** The routing simulator: record picker, world maps, draft, distribution and query tester. */
export class SimulatorPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Routing simulator" });
  }

  recordPicker(): Locator {
    return this.page.getByLabel("Record", { exact: true });
  }

  async pickRecord(name: string, type: string): Promise<void> {
    const option = this.recordPicker().locator("option", { hasText: `${name} ${type} —` });
    await this.recordPicker().selectOption((await option.getAttribute("value")) ?? "");
  }

  /** The first world map (the current zone); "After" for the draft's. */
  map(which: "Current zone" | "Before" | "After" = "Current zone"): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^World map, ${which}`) });
  }

  country(name: string, which: "Current zone" | "Before" | "After" = "Current zone"): Locator {
    return this.map(which).getByRole("button", { name: new RegExp(`^${name}:`) });
  }

  /** A US state on the map (drawn when some state gets its own answer). */
  usState(name: string, which: "Current zone" | "Before" | "After" = "Current zone"): Locator {
    return this.map(which).getByRole("button", { name: new RegExp(`^${name}:`) });
  }

  /** The legend under a map: its fixed answers and mixes with their shares. */
  legend(which: "Current zone" | "Before" | "After" = "Current zone"): Locator {
    return this.page.getByRole("list", { name: new RegExp(`^Legend, ${which}`) });
  }

  /** The note saying why the simulator shows what it shows (a simple record, a record that is gone). */
  notice(): Locator {
    return this.page.getByRole("note");
  }

  pickedAnswer(): Locator {
    return this.page.getByRole("region", { name: "Answer for the picked location" });
  }

  testerAnswer(): Locator {
    return this.page.getByRole("region", { name: "Query tester answer" });
  }

  async runDistribution(queries: string): Promise<void> {
    await this.page.getByLabel("Simulated queries").selectOption({ label: queries });
    await this.page.getByRole("button", { name: "Run distribution" }).click();
  }

  distribution(which: RegExp): Locator {
    return this.page.getByRole("table", { name: which });
  }

  /** A distribution row's text, e.g. "img-green 10.0% 1,002". */
  distributionRow(which: RegExp, outcome: string): Locator {
    return this.distribution(which)
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: outcome, exact: true }) });
  }

  weight(setIdentifier: string): Locator {
    return this.page.getByLabel(`Weight of ${setIdentifier}`);
  }

  draftStatus(): Locator {
    return this.page.getByRole("region", { name: "Draft status" });
  }
}
