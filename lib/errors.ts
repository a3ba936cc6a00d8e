// Expected failures of a server action. Each carries a message a person can
// act on; anything else is logged and shown as a generic message.

export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Also used for another partnership's rows: they do not exist for this member. */
export class NotFoundError extends Error {
  constructor(
    message = "That item no longer exists, or you do not have access to it.",
    /** Where a form field named the missing row, its message goes next to that field. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else saved first (optimistic locking); nothing was written. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A rule of the domain, checked against the database, was not met. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** What a form says above its fields when a message sits next to one of them. */
export const CORRECT_FIELDS = "Some answers need correcting. Check the messages next to the fields.";

/** A domain rule broken by one field: its message goes next to that field. */
export function fieldError(field: string, message: string): ValidationError {
  return new ValidationError(CORRECT_FIELDS, { [field]: [message] });
}

/** A row named by one field is missing (or another partnership's): its message goes next to that field. */
export function notFoundField(field: string, message: string): NotFoundError {
  return new NotFoundError(CORRECT_FIELDS, { [field]: [message] });
}

/** An optimistic-lock miss: someone saved `what` first. */
export function staleError(what: string): ConflictError {
  return new ConflictError(
    `Someone else changed ${what} after you opened it, so your change was not saved. Reload the page to see their version, then make your change again.`,
  );
}
