#!/bin/sh
# Starts the bundled API (dist/main.js) the way production runs it: the systemd unit in
# docs/deploy.md, `npm run serve` and the load benchmark (bench/api-load.ts) all start this file,
# so the memory settings below live in one place. Figures: bench/README.md (issue 16).
# Variables already set in the environment win over these defaults; more Node flags can be
# given in NODE_OPTIONS.

# glibc keeps one malloc arena per thread and holds on to what it freed: two arenas.
: "${MALLOC_ARENA_MAX:=2}"
# Blocks of 32 KB and more (V8's compiler zones, large buffers) are mapped on their own and
# returned when freed: the zones that compile Prisma's query-compiler Wasm at start otherwise
# left about 65 MB of freed, fragmented glibc heap behind for good.
: "${MALLOC_MMAP_THRESHOLD_:=32768}"
export MALLOC_ARENA_MAX MALLOC_MMAP_THRESHOLD_

# V8:
# --max-semi-space-size=32: a larger young generation. A GraphQL request makes many short-lived
#   objects; with the default 16 MB the scavenger took a quarter of the CPU under load.
# --max-old-space-size=512: also how fast the old generation may grow. Above 2 GB (V8's
#   default on a machine with 8 GB or more) V8 lets the heap grow to 4 times what survived the
#   last full collection before it collects again, so under load the old generation reached
#   240 MB for 70 MB of live objects; with 512 MB it grows by about 1.4 times.
exec node --max-semi-space-size=32 --max-old-space-size=512 "$(dirname "$0")/dist/main.js" "$@"
