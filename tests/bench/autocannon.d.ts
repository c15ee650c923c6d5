// The parts of autocannon 9's programmatic API the benchmarks use (it ships no types).
declare module 'autocannon' {
  export interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    pipelining?: number
    timeout?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    warmup?: { connections?: number; duration?: number }
    /** Requests made in turn; `setupRequest` may change each one before it is sent. */
    requests?: Array<{ setupRequest?: (request: { headers?: Record<string, string> }) => { headers?: Record<string, string> } }>
  }
  export interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    sent: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }
  export interface Result {
    url: string
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    duration: number
    connections: number
  }
  export interface Instance extends PromiseLike<Result> {
    stop(): void
  }
  export default function autocannon(options: Options): Instance
}
