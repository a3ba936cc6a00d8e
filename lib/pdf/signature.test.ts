// The print signature (lib/pdf/signature.ts): it opens one print view, for
// the lifetime it was made with, and nothing else. Time is passed in, so no
// verdict here reads a clock.
import { afterAll, describe, expect, it, vi } from "vitest";
import { PRINT_SIGNATURE_TTL_MS, signPrintPath, verifyPrintPath } from "./signature";

const PATH = "/print-render/highlight-report/p1/r1/3";
/** A fixed moment: the signature is made here, with the printer's lifetime. */
const MADE = Date.UTC(2026, 10, 20, 9, 30);
const EXPIRES = MADE + PRINT_SIGNATURE_TTL_MS;

// Set before the tables below are built (some of their rows are signatures).
vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
afterAll(() => vi.unstubAllEnvs());

describe("a print signature's lifetime", () => {
  const signature = () => signPrintPath(PATH, EXPIRES);

  it("is a minute: long enough to print a pack, short enough to be useless if it leaked", () => {
    expect(PRINT_SIGNATURE_TTL_MS).toBe(60_000);
  });

  it.each([
    ["when made", MADE],
    ["half way through", MADE + PRINT_SIGNATURE_TTL_MS / 2],
    ["at its last millisecond", EXPIRES],
  ])("is accepted %s", (_when, at) => {
    expect(verifyPrintPath(PATH, signature(), at)).toBe(true);
  });

  it.each([
    ["a millisecond after its expiry", EXPIRES + 1],
    ["a second after", EXPIRES + 1_000],
    ["a day after", EXPIRES + 86_400_000],
  ])("is refused %s", (_when, at) => {
    expect(verifyPrintPath(PATH, signature(), at)).toBe(false);
  });

  it("cannot be stretched: a later expiry written into the signature no longer matches it", () => {
    const [, mac] = signature().split(".");
    const stretched = `${EXPIRES + 3_600_000}.${mac}`;
    expect(verifyPrintPath(PATH, stretched, EXPIRES + 1)).toBe(false);
    expect(verifyPrintPath(PATH, stretched, MADE)).toBe(false);
  });
});

describe("a print signature's reach", () => {
  it("opens only the path it was made for", () => {
    const signature = signPrintPath(PATH, EXPIRES);
    expect(verifyPrintPath(PATH, signature, MADE)).toBe(true);
    expect(verifyPrintPath("/print-render/highlight-report/p1/r1/4", signature, MADE)).toBe(false);
    expect(verifyPrintPath(`${PATH}/`, signature, MADE)).toBe(false);
  });

  it.each([
    ["none", null],
    ["an empty one", ""],
    ["no mac", `${EXPIRES}`],
    ["no expiry", `.${signPrintPath(PATH, EXPIRES).split(".")[1]}`],
    ["an expiry that is not a number", `soon.${signPrintPath(PATH, EXPIRES).split(".")[1]}`],
    ["a mac of the wrong length", `${EXPIRES}.AAAA`],
  ])("refuses %s", (_what, signature) => {
    expect(verifyPrintPath(PATH, signature, MADE)).toBe(false);
  });

  it("refuses one made with another secret", () => {
    const signature = signPrintPath(PATH, EXPIRES);
    vi.stubEnv("AUTH_SECRET", "another-secret-of-thirty-two-chars");
    try {
      expect(verifyPrintPath(PATH, signature, MADE)).toBe(false);
      expect(verifyPrintPath(PATH, signPrintPath(PATH, EXPIRES), MADE)).toBe(true);
    } finally {
      vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
    }
  });
});
