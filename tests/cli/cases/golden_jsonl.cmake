# One report a line, with finding_counts and top_vague_phrases added; each line valid against the schema.
set(ARGS --format jsonl --rules cli-test-pack.toml pitches/zoe.txt pitches/kenji.txt pitches/maya.txt)
set(STDOUT_GOLDEN check.jsonl)
set(VALIDATE lines)
