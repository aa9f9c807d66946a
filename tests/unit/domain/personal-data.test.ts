import { describe, expect, it } from "vitest";
import { containsPersonnummer, isPseudonymousCode } from "@/lib/domain/personal-data";

describe("the pseudonymity guards", () => {
  it("find a personnummer or samordningsnummer in any common writing, by date and check digit", () => {
    for (const text of ["Gäller 811218-9876", "811218 9876", "198112189876", "19811218-9876 flyttade", "samordningsnummer 811278-9873"]) {
      expect(containsPersonnummer(text), text).toBe(true);
    }
  });

  it("leave dates, counts, phone-like numbers and wrong check digits alone", () => {
    for (const text of ["2020-08-31", "81 placerade, 13 flickor", "P-2020-0042", "811218-9875", "Beslut 2019-09-12 utan brister", "0701234567"]) {
      expect(containsPersonnummer(text), text).toBe(false);
    }
  });

  it("accept codes with a digit and refuse names, spaces and personnummer", () => {
    expect(isPseudonymousCode("P-2020-0042")).toBe(true);
    expect(isPseudonymousCode("SJ42")).toBe(true);
    expect(isPseudonymousCode("AnnaSvensson")).toBe(false);
    expect(isPseudonymousCode("Anna Svensson 1")).toBe(false);
    expect(isPseudonymousCode("811218-9876")).toBe(false);
    expect(isPseudonymousCode("P1")).toBe(false);
  });
});
