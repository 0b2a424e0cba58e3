// The Node.js flags the server runs with, wherever it is started: `npm start` and `npm run demo` (package.json
// repeats them: a test checks it), the benchmarks and the browser tests' server. One list, so a measured server is
// the server people run.
//
// --max-semi-space-size=32 (MB; Node 20's default is 16): V8's young generation holds what a request allocates
// before it is answered. A whole network's outcome report parses ~10 MB of JSON rows into ~300,000 strings, arrays
// and objects that live until the answer is sent; with 16 MB semi-spaces most of them were copied by a scavenge,
// then promoted and copied again (garbage collection was a quarter of the server's work on that request). 32 MB
// cut the server's CPU for that report by ~15% (bench/RESULTS.md, 2026-11-30) for at most 48 MB more memory.
export const serverNodeFlags = ['--max-semi-space-size=32'];
