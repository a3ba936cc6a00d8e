import { describe, expect, it } from "vitest";
import "./support/db";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("reports the database up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with db down when the database is unreachable", async () => {
    const global = globalThis as unknown as { stocktakeDb?: unknown };
    const saved = { client: global.stocktakeDb, url: process.env.DATABASE_URL };
    try {
      global.stocktakeDb = undefined;
      process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ db: "down" });
    } finally {
      global.stocktakeDb = saved.client;
      process.env.DATABASE_URL = saved.url;
    }
  });
});
