import { describe, expect, it } from "vitest";
import { accountKey, addressKey, clientAddress } from "./policy";

describe("who a sign-in attempt counts against", () => {
  it("counts an account by its normalised email, without storing the email", () => {
    expect(accountKey(" Admin@Derbyshire.demo ")).toBe(accountKey("admin@derbyshire.demo"));
    expect(accountKey("admin@derbyshire.demo")).not.toContain("derbyshire");
    expect(accountKey("admin@derbyshire.demo")).not.toBe(accountKey("admin@derby-city.demo"));
  });

  it.each([
    ["203.0.113.7", "address:203.0.113.7"],
    ["::ffff:203.0.113.7", "address:203.0.113.7"],
    ["2001:db8:1:2:aaaa::1", "address:2001:db8:1:2::/64"],
    ["2001:db8:1:2:bbbb:cccc:dddd:eeee", "address:2001:db8:1:2::/64"],
    ["2001:db8::1", "address:2001:db8:0:0::/64"],
    ["[::1]", "address:0:0:0:0::/64"],
    ["not an address", "address:unknown"],
  ])("keys the address %s as %s", (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it("takes the address the trusted proxies saw, never one the client wrote further left", () => {
    // No proxy: Next.js writes the socket's address when the client sent none.
    expect(clientAddress("127.0.0.1", 0)).toBe("127.0.0.1");
    // One load balancer appended what it saw; the client's own claim is to its left.
    expect(clientAddress("198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    // A CDN then a load balancer.
    expect(clientAddress("198.51.100.1, 203.0.113.7, 192.0.2.10", 2)).toBe("203.0.113.7");
    expect(clientAddress(null, 1)).toBe("unknown");
  });
});
