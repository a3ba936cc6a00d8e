import { describe, expect, it } from "vitest";
import { newPasswordSchema, passwordProblem, PASSWORD_MAX_LENGTH, personalWords } from "./policy";

const morgan = { email: "morgan.hale@derbyshire.example", name: "Morgan Hale" };

describe("the password policy (NCSC: length and a check against guessable passwords, no composition rules)", () => {
  it("refuses fewer than 12 characters, saying how many there are", () => {
    expect(passwordProblem("Xk#9vQ2!mL", morgan)).toBe("Use at least 12 characters (this has 10). A few unrelated words make a long password that is easy to remember.");
  });

  it("counts characters as a person does (an emoji is one)", () => {
    expect(passwordProblem("🙂🙂🙂🙂🙂🙂", morgan)).toMatch(/this has 6\)/);
  });

  it("refuses more than 256 characters", () => {
    expect(passwordProblem("tractor lantern ".repeat(20), morgan)).toBe(`Use at most ${PASSWORD_MAX_LENGTH} characters (this has 320).`);
  });

  it.each(["password1234", "qwertyuiop123", "Password1234", "iloveyou1234"])("refuses the common %s, saying it is on lists", (password) => {
    expect(passwordProblem(password, morgan)).toBe("This password is on lists of commonly used passwords: choose another.");
  });

  it("refuses a guessable pattern with zxcvbn's reason made one sentence", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaa", morgan)).toBe(
      'This password is too easy to guess: repeated characters like "aaa" are easy to guess. Choose another, such as a few unrelated words.',
    );
  });

  it.each(["morgan.hale2024!", "MorganHale-x7", "xx-morganhale-rocks"])("refuses %s, which carries the email's local part or the name", (password) => {
    expect(passwordProblem(password, morgan)).toBe("This password is too easy to guess: it contains your name or email address. Choose another.");
  });

  it("refuses the email's pieces through zxcvbn's user inputs", () => {
    expect(passwordProblem("derbyshire.example1", morgan)).toMatch(/^This password is too easy to guess/);
  });

  it.each(["tractor lantern biscuit ocean", "correct horse battery staple", "Kq7#vW2pLm9$zX"])("accepts %s, with no composition rule", (password) => {
    expect(passwordProblem(password, morgan)).toBeNull();
  });

  it("gives every refusal as one readable sentence, never zxcvbn's internals", () => {
    for (const password of ["short", "password1234", "aaaaaaaaaaaaaaa", "morganhale1234", "abcdefghijklmnop"]) {
      const problem = passwordProblem(password, morgan);
      expect(problem).toMatch(/^[A-Z].*[.:] ?[^.]*\.$/);
      expect(problem).not.toMatch(/score|dictionary|undefined|null/i);
    }
  });

  it("knows the person's own words: the address, its pieces, the name", () => {
    expect(personalWords(morgan)).toEqual(
      expect.arrayContaining(["morgan.hale@derbyshire.example", "morgan.hale", "morgan", "hale", "derbyshire.example", "derbyshire", "morgan hale", "morganhale"]),
    );
    expect(personalWords({ email: "al@x.example" })).toEqual(["al@x.example", "x.example", "example"]);
  });
});

describe("newPasswordSchema", () => {
  it("asks for a password when none is given, and refuses a common one with the policy's reason", () => {
    expect(newPasswordSchema.safeParse("").error?.issues[0]?.message).toBe("Enter a new password.");
    expect(newPasswordSchema.safeParse("password1234").error?.issues[0]?.message).toBe("This password is on lists of commonly used passwords: choose another.");
  });

  it("accepts a long passphrase as typed", () => {
    expect(newPasswordSchema.parse("tractor lantern biscuit ocean")).toBe("tractor lantern biscuit ocean");
  });
});
