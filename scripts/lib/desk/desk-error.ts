/** An answer the desk gives instead of a result: the HTTP status and the Chinese words Decap shows. */
export class DeskError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
