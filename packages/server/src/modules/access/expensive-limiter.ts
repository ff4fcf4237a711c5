import { DomainError, ErrorCode } from '../../common/errors.js';

/** How many expensive requests may run at once, and how long the others may wait. */
export interface ExpensiveLimits {
  /** In flight at once for one account; its further requests wait in its own queue. */
  perAccount: number;
  /** In flight at once for the whole process (the pool of expensive requests has this many connections or fewer). */
  inFlight: number;
  /** Requests one account may have waiting; beyond them it is refused at once. */
  queueLength: number;
  /** The longest a request waits for its turn before it is refused. */
  maxWaitMs: number;
}

interface Waiter {
  accountId: number;
  grant: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Admits expensive requests: at most `perAccount` of one account and `inFlight` in all run at once.
 * The others wait in arrival order, but a waiting request of an account that already has its share
 * running never holds up another account's: an account queues behind itself, not others behind it.
 * `acquire` resolves with the function that gives the place back (call it once the answer is sent).
 */
export class ExpensiveRequestLimiter {
  private readonly running = new Map<number, number>();
  private total = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: ExpensiveLimits) {}

  /** Runs now, or waits its turn; refuses with RATE_LIMITED when the account's queue is full or the wait too long. */
  acquire(accountId: number): Promise<() => void> {
    if (this.mayRun(accountId) && !this.waiting.some((w) => w.accountId === accountId)) return Promise.resolve(this.start(accountId));
    const queued = this.waiting.filter((w) => w.accountId === accountId).length;
    if (queued >= this.limits.queueLength) {
      return Promise.reject(new DomainError(ErrorCode.RATE_LIMITED, `You have ${queued} expensive requests waiting already: wait for their answers before sending more`));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { accountId, grant: () => resolve(this.start(accountId)) };
      waiter.timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(new DomainError(ErrorCode.RATE_LIMITED, `The server is busy with expensive requests: none was free within ${this.limits.maxWaitMs / 1000} s, try again`));
      }, this.limits.maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  /** Requests running and waiting, for tests and the bench. */
  get state(): { running: number; waiting: number } {
    return { running: this.total, waiting: this.waiting.length };
  }

  private mayRun(accountId: number): boolean {
    return this.total < this.limits.inFlight && (this.running.get(accountId) ?? 0) < this.limits.perAccount;
  }

  private start(accountId: number): () => void {
    this.total += 1;
    this.running.set(accountId, (this.running.get(accountId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.running.get(accountId) ?? 1) - 1;
      if (left === 0) this.running.delete(accountId);
      else this.running.set(accountId, left);
      this.admit();
    };
  }

  /** Starts the waiting requests that may run now, oldest first, skipping accounts that have their share running. */
  private admit(): void {
    for (let i = 0; i < this.waiting.length && this.total < this.limits.inFlight; ) {
      const waiter = this.waiting[i];
      if (!this.mayRun(waiter.accountId)) {
        i += 1;
        continue;
      }
      this.waiting.splice(i, 1);
      clearTimeout(waiter.timer);
      waiter.grant();
    }
  }
}
