import { describe, expect, it } from "vitest";
import { parseNumber } from "./parse";

const value = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : parsed.message;
};

describe("parseNumber", () => {
  it("reads what people type", () => {
    expect(value("45.2")).toBe(45.2);
    expect(value(" 69 ")).toBe(69);
    expect(value("1,530")).toBe(1530);
    expect(value("1,234,567.5")).toBe(1234567.5);
    expect(value("45.2%")).toBe(45.2);
    expect(value("-3")).toBe(-3);
    expect(value("0")).toBe(0);
  });

  it("refuses ambiguous separators, spaces inside, non-numbers and non-finite values, each with its own message", () => {
    expect(value("1,2,3")).toMatch(/commas in the wrong places/);
    expect(value("12,34")).toMatch(/commas in the wrong places/);
    expect(value(" 1 2 3 ")).toMatch(/spaces inside it/);
    expect(value("9".repeat(400))).toMatch(/too large/);
    expect(value("Infinity")).toMatch(/not a number/);
    expect(value("1e5")).toMatch(/not a number/);
    expect(value("0x10")).toMatch(/not a number/);
    expect(value("1.2.3")).toMatch(/not a number/);
    expect(value("forty")).toMatch(/not a number/);
    expect(value("")).toBe("Enter a number.");
  });
});
