import { describe, expect, it } from "vitest";
import { vocabulary } from "@/lib/audit/vocabulary";
import { actionLabel, actionOptions, kindLabel, kindOptions } from "./words";

describe("the filter's words, from the vocabulary", () => {
  it("offers every kind and every verb once, each with a label of words", () => {
    expect(
      kindOptions()
        .map((o) => o.value)
        .sort(),
    ).toEqual(Object.keys(vocabulary).sort());
    const verbs = new Set(Object.values(vocabulary).flatMap((kind) => Object.keys(kind.verbs)));
    expect(
      actionOptions()
        .map((o) => o.value)
        .sort(),
    ).toEqual([...verbs].sort());
    for (const option of [...kindOptions(), ...actionOptions()]) expect(option.label, option.value).toMatch(/^[A-Z][a-z’-]*( [a-z’-]+)*$/i);
  });

  it("reads kinds and verbs as a person would", () => {
    expect(kindLabel("RiskMitigation")).toBe("Risk mitigation");
    expect(kindLabel("Partnership")).toBe("Partnership");
    expect(kindLabel("RetiredThing")).toBe("Retired thing");
    expect(actionLabel("status.update")).toBe("Status updated");
    expect(actionLabel("role.change")).toBe("Role change");
  });
});
