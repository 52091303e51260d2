/** Progress reporting of the pipeline's stages; the CLI draws it, tests pass NO_PROGRESS. */

export interface Progress {
  /** A stage starts; `total` (in `unit`, e.g. " MB") when its amount of work is known. */
  start(stage: string, total?: number, unit?: string): void;
  /** Work done so far in the current stage. */
  update(done: number, total?: number): void;
  /** The current stage is done. */
  stop(): void;
}

export const NO_PROGRESS: Progress = { start() {}, update() {}, stop() {} };

/** Wall time per stage, for `--timings` (stderr only, never in output files). */
export class StageTimer {
  readonly stages: Record<string, number> = {};
  private current?: { name: string; t0: number };
  constructor(private readonly progress: Progress) {}
  begin(name: string, total?: number, unit?: string): void {
    this.end();
    this.current = { name, t0: performance.now() };
    this.progress.start(name, total, unit);
  }
  /** Work done so far in the current stage. */
  update(done: number, total?: number): void {
    this.progress.update(done, total);
  }
  end(): void {
    if (!this.current) return;
    this.stages[this.current.name] = (this.stages[this.current.name] ?? 0) + performance.now() - this.current.t0;
    this.current = undefined;
    this.progress.stop();
  }
}
