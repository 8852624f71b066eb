// tests/bench/wg_bench.js MODULE_DIR PITCHES.txt [PASSES] — write-good's in-process throughput for compare.sh.
// PITCHES.txt holds one pitch a line (pc_bench_corpus lines). One warm-up pass, then PASSES timed passes
// (default 5); prints the median pass as "key value" lines, like pc_bench_driver.
const fs = require('fs');
const writeGood = require(process.argv[2]);
const pitches = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter((l) => l.length > 0);
const passes = Number(process.argv[4] || 5);
let suggestions = 0;
const pass = () => { for (const p of pitches) suggestions += writeGood(p).length; };
pass();
const times = [];
const cpu = [];
for (let r = 0; r < passes; ++r) {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  pass();
  times.push(Number(process.hrtime.bigint() - t) / 1e9);
  const used = process.cpuUsage(c);  // every thread of the process, the garbage collector's included
  cpu.push((used.user + used.system) / 1e6);
}
const median = (v) => {
  v.sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const s = median(times);
const cs = median(cpu);
console.log(`pitches ${pitches.length}`);
console.log(`pass_median_s ${s.toFixed(6)}`);
console.log(`us_per_pitch ${(s * 1e6 / pitches.length).toFixed(2)}`);
console.log(`pitches_per_s ${(pitches.length / s).toFixed(0)}`);
console.log(`cpu_us_per_pitch ${(cs * 1e6 / pitches.length).toFixed(2)}`);
console.log(`cpu_pitches_per_s ${(pitches.length / cs).toFixed(0)}`);
console.log(`suggestions ${suggestions}`);
