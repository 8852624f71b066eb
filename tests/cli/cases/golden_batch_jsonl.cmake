# A JSONL file in batch, written as JSONL: one report a line, valid against the schema; numeric ids kept.
set(ARGS batch --format jsonl --rules cli-test-pack.toml group.jsonl)
set(STDOUT_GOLDEN batch-group.jsonl)
set(STDOUT_MATCHES "^{\"id\":\"anna\"" "\n{\"id\":\"7\"")
set(VALIDATE lines)
