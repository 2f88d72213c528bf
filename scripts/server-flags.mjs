// How the server's Node runs, and the environment it needs, for `npm start`, the end-to-end tests
// and the benchmark alike.
// V8 sizes its heap by the machine: on one with gigabytes free it lets the pages' garbage pile up to
// hundreds of megabytes before it collects (483 MB resident after the benchmark's load at 100,000
// motions). The server's live data is small (the aggregates are kept in SQLite), so a bounded heap
// keeps it under 200 MB at the same speed.
// - max-old-space-size: the old generation's ceiling. A clerk's upload of the largest document
//   allowed (25 MB of transcript, 2,180 motions) is parsed and imported in the server and needs
//   about 500 MB at its peak: 768 leaves room for that beside the pages
//   (tests/unit/server-memory.test.ts).
// - max-semi-space-size: each of the young generation's semi-spaces, where the pages' short-lived
//   garbage goes: 4 MB rather than 16.
export const SERVER_NODE_FLAGS = ['--max-old-space-size=768', '--max-semi-space-size=4'];

// Uploads up to 25 MB are checked by the app (a Dutch message); adapter-node refuses more than
// 512 kB by default. Given before the caller's environment, which may set it otherwise.
export const SERVER_ENV = { BODY_SIZE_LIMIT: '40M' };
