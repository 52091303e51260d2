/**
 * kis-network's whole `analyse` side by side with the same job scripted in igraph
 * (scripts/bench-igraph.py), in the same run: wall time of each whole process and its peak RSS,
 * both taken by `/usr/bin/time -v` (or, without it, the wall clock around the child and the
 * peak each side reports itself). Runs are interleaved (igraph medium, then kis-network on
 * every size, `repeat` times) so load from other processes hits both sides alike; medians shown.
 *
 * The ratios are the figures the speed targets use: kis-network medium / igraph medium and
 * kis-network large / igraph medium (igraph on the large data would take hours: its exact
 * betweenness and closeness are O(n·m)).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Makes sure Debian's python3-igraph is importable; installs it with apt-get when missing. */
function ensureIgraph(log) {
  const probe = () => spawnSync(PYTHON, ['-c', 'import igraph; print(igraph.__version__)'], { encoding: 'utf8' });
  let r = probe();
  if (r.status === 0) return r.stdout.trim();
  log('- python3-igraph is missing: installing it with `apt-get install -y python3-igraph`');
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'python3-igraph'], { stdio: ['ignore', 'ignore', 'inherit'] });
  r = probe();
  if (r.status === 0) return r.stdout.trim();
  log('- python3-igraph could not be installed: the igraph comparison is skipped');
  return undefined;
}

/** Runs one command, returning wall ms, peak RSS MB and stderr. */
function measure(cmd, cmdArgs) {
  const useTime = existsSync(TIME);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(TIME, ['-v', cmd, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(-800)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const wallMs = elapsed ? ((Number(elapsed[1] ?? 0) * 60 + Number(elapsed[2])) * 60 + Number(elapsed[3])) * 1000 : wall;
  return { wall: wallMs, rssMb: rss ? Number(rss[1]) / 1024 : undefined, stderr: r.stderr };
}

/**
 * @param {{ root: string, dirs: Record<string, string>, repeat: number, log: (s: string) => void }} o
 *   `dirs.medium` is always present; every other size is run by kis-network only.
 */
export function igraphComparison({ root, dirs, repeat, log }) {
  log('\n## Side by side: kis-network `analyse` vs the job scripted in igraph');
  const version = ensureIgraph(log);
  if (!version) return;
  const bin = path.join(root, 'bin/kis-network.js');
  const script = path.join(root, 'scripts/bench-igraph.py');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kis-bench-igraph-'));
  const ig = [];
  const kis = Object.fromEntries(Object.keys(dirs).map((s) => [s, []]));
  try {
    for (let r = 0; r < repeat; r++) {
      const i = measure(PYTHON, [script, dirs.medium, path.join(tmp, `igraph-${r}`)]);
      const steps = /igraph-timings (.*)/.exec(i.stderr);
      const own = steps ? JSON.parse(steps[1]) : {};
      ig.push({ ...i, rssMb: i.rssMb ?? own.peak_rss_mb, steps: own.steps_s });
      log(
        `- run ${r + 1}: igraph ${version}, medium: ${secs(i.wall)}, peak RSS ${Math.round(ig.at(-1).rssMb)} MB — ${JSON.stringify(own.steps_s)}`,
      );
      for (const [size, dir] of Object.entries(dirs)) {
        const k = measure('node', [bin, 'analyse', dir, '--out', path.join(tmp, `kis-${size}-${r}`), '--quiet', '--timings']);
        const line = /timings (.*)/.exec(k.stderr);
        const own = line ? JSON.parse(line[1]) : {};
        kis[size].push({ ...k, rssMb: k.rssMb ?? own.peak_rss_mb });
        log(
          `- run ${r + 1}: kis-network analyse, ${size}: ${secs(k.wall)}, peak RSS ${Math.round(kis[size].at(-1).rssMb)} MB — ${JSON.stringify(own.stages_ms)}`,
        );
        rmSync(path.join(tmp, `kis-${size}-${r}`), { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const igWall = median(ig.map((x) => x.wall));
  log(`\n| | wall (median of ${repeat}) | peak RSS | ratio to igraph medium |`);
  log('|---|---:|---:|---:|');
  log(`| igraph ${version}, medium (scripted, nodes.csv only) | ${secs(igWall)} | ${Math.round(median(ig.map((x) => x.rssMb)))} MB | 1 |`);
  for (const [size, runs] of Object.entries(kis)) {
    const w = median(runs.map((x) => x.wall));
    log(
      `| kis-network analyse, ${size} (every default output) | ${secs(w)} | ${Math.round(median(runs.map((x) => x.rssMb)))} MB | **${(w / igWall).toFixed(3)}** |`,
    );
  }
  log('\nTargets: medium ≤ 0.25 × igraph medium; large ≤ 2.5 × igraph medium and ≤ 2 GB peak RSS.');
}
