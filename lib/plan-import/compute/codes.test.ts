import { describe, expect, it } from "vitest";
import { CodeBook, outcomeNumber, readAreaCell, readOutcomeCell, sameWords } from "./codes";

describe("an area cell", () => {
  it("gives its code however the plan spells it, and its title", () => {
    expect(readAreaCell("PIA1 — Leadership and governance")).toEqual({ code: "PIA1", title: "Leadership and governance" });
    expect(readAreaCell("Priority Impact Area 1: Leadership and governance")).toEqual({ code: "PIA1", title: "Leadership and governance" });
    expect(readAreaCell("Area for Improvement 2")).toEqual({ code: "AFI2", title: "Area for Improvement 2" });
    expect(readAreaCell("Strategic Priority 3 - Early help")).toEqual({ code: "SP3", title: "Early help" });
    expect(readAreaCell("pia 4 Preparing for adulthood")).toEqual({ code: "PIA4", title: "Preparing for adulthood" });
  });

  it("has no code when it writes none", () => {
    expect(readAreaCell("Leadership and governance")).toEqual({ code: null, title: "Leadership and governance" });
  });
});

describe("an outcome cell", () => {
  it("gives the code it starts with, and its words", () => {
    expect(readOutcomeCell("1.1 — Children's needs are identified")).toEqual({ code: "1.1", text: "Children's needs are identified" });
    expect(readOutcomeCell("2.3: Fewer exclusions")).toEqual({ code: "2.3", text: "Fewer exclusions" });
    expect(readOutcomeCell("Children's needs are identified")).toEqual({ code: null, text: "Children's needs are identified" });
    expect(readOutcomeCell("1.5 million pounds is spent well")).toEqual({ code: "1.5", text: "million pounds is spent well" });
  });
});

describe("codes for items that have none", () => {
  it("follow the plan's pattern and never repeat one in the plan or the file", () => {
    const book = new CodeBook(["P1", "1.1", "1.1a"]);
    expect(book.area()).toBe("P2");
    book.take("P3");
    expect(book.area()).toBe("P4");
    expect(book.outcome(outcomeNumber("PIA1", 4))).toBe("1.2");
    expect(book.outcome(outcomeNumber(null, 5))).toBe("5.1");
    expect(book.action("1.1")).toBe("1.1b");
    expect(book.action("1.1")).toBe("1.1c");
    expect(book.has("p3")).toBe(true);
  });

  it("run past z", () => {
    const book = new CodeBook(Array.from({ length: 26 }, (_, i) => `2.1${String.fromCharCode(97 + i)}`));
    expect(book.action("2.1")).toBe("2.1aa");
  });
});

describe("two texts as the same item", () => {
  it("aside from case, punctuation and spacing", () => {
    expect(sameWords("Leadership & Governance.", "leadership governance")).toBe(true);
    expect(sameWords("Leadership", "Leaders")).toBe(false);
  });
});
