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
  constructor(message = "That item no longer exists, or you do not have access to it.") {
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
