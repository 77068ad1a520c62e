// One TCP association with a Z39.50 target: APDU framing by BER length, a timeout on every read, a size cap.
import { connect as tcpConnect, type Socket } from 'node:net';
import { errors, isSamverkaError, SamverkaError } from '../../core/errors.ts';
import { berElementLength } from './ber.ts';

export interface ConnectionOptions {
  readonly host: string;
  readonly port: number;
  /** Names the source in errors (a library id or host:port/database). */
  readonly source: string;
  readonly timeoutMs: number;
  /** An APDU larger than this is refused and the association dropped. */
  readonly maxPduBytes: number;
}

/** Z39.50 without concurrent operations answers one APDU per request; a few unread ones are already a fault. */
const MAX_UNREAD_PDUS = 4;
/** A read buffer grown for a large APDU is let go once empty. */
const SPARE_BUFFER_BYTES = 1 << 20;

interface Waiter {
  readonly resolve: (pdu: Uint8Array) => void;
  readonly reject: (e: SamverkaError) => void;
}

export class Z3950Connection {
  private buffer = Buffer.alloc(0);
  private buffered = 0;
  private readonly received: Uint8Array[] = [];
  private waiter: Waiter | null = null;
  private failure: SamverkaError | null = null;

  private constructor(private readonly socket: Socket, private readonly options: ConnectionOptions) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (e) => this.fail(errors.sourceFailed(options.source, `connection error: ${e.message}`, e)));
    socket.on('close', () => this.fail(this.buffered > 0
      ? errors.sourceFailed(options.source, `connection closed in the middle of an APDU (${this.buffered} bytes received)`)
      : errors.sourceFailed(options.source, 'connection closed by the server')));
  }

  /** Opens the TCP connection; an unreachable target is `source-unavailable`, a silent one `timeout`. */
  static open(options: ConnectionOptions): Promise<Z3950Connection> {
    return new Promise((resolve, reject) => {
      const socket = tcpConnect({ host: options.host, port: options.port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(errors.timeout(`Connecting to Z39.50 source ${options.source}`, options.timeoutMs));
      }, options.timeoutMs);
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(errors.sourceUnavailable(options.source, e));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new Z3950Connection(socket, options));
      });
    });
  }

  /** Sends one APDU and reads the next APDU the target sends, within the timeout. */
  async request(pdu: Uint8Array, what: string): Promise<Uint8Array> {
    this.send(pdu);
    return this.read(what);
  }

  send(pdu: Uint8Array): void {
    if (this.failure !== null) throw this.failure;
    this.socket.write(pdu);
  }

  /** The next complete APDU. On timeout the association is dropped: its state is unknown from then on. */
  read(what: string): Promise<Uint8Array> {
    const ready = this.received.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.waiter !== null) return Promise.reject(errors.sourceFailed(this.options.source, 'concurrent reads on one association'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(errors.timeout(`${what} at Z39.50 source ${this.options.source}`, this.options.timeoutMs));
      }, this.options.timeoutMs);
      this.waiter = {
        resolve: (p) => { clearTimeout(timer); resolve(p); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      };
    });
  }

  get closed(): boolean {
    return this.failure !== null;
  }

  destroy(): void {
    this.fail(errors.sourceFailed(this.options.source, 'connection closed by the client'));
  }

  private onData(chunk: Buffer): void {
    if (this.buffered + chunk.length > this.buffer.length) {
      const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.buffered + chunk.length, 4096));
      this.buffer.copy(grown, 0, 0, this.buffered);
      this.buffer = grown;
    }
    chunk.copy(this.buffer, this.buffered);
    this.buffered += chunk.length;
    try {
      for (;;) {
        const length = berElementLength(this.buffer.subarray(0, this.buffered), this.options.maxPduBytes);
        if (length === null) break;
        const pdu = Buffer.from(this.buffer.subarray(0, length));
        this.buffer.copy(this.buffer, 0, length, this.buffered);
        this.buffered -= length;
        this.deliver(pdu);
      }
      if (this.buffered === 0 && this.buffer.length > SPARE_BUFFER_BYTES) this.buffer = Buffer.alloc(0);
    } catch (e) {
      const own = isSamverkaError(e) && e.details.source === this.options.source;
      this.fail(own ? e : errors.sourceFailed(this.options.source, e instanceof Error ? e.message : String(e), e));
    }
  }

  private deliver(pdu: Uint8Array): void {
    const waiter = this.waiter;
    this.waiter = null;
    if (waiter !== null) waiter.resolve(pdu);
    else if (this.received.length < MAX_UNREAD_PDUS) this.received.push(pdu);
    else throw errors.sourceFailed(this.options.source, 'the server sends APDUs nobody asked for');
  }

  /** Records the first failure, drops the socket, and fails a pending read. */
  private fail(e: SamverkaError): void {
    if (this.failure === null) this.failure = e;
    this.socket.destroy();
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.reject(this.failure);
  }
}
