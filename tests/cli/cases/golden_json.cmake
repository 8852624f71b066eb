# One pitch as the JSON report contract, pretty-printed, valid against the schema.
set(ARGS --format json --rules cli-test-pack.toml pitches/zoe.txt)
set(STDOUT_GOLDEN check.json)
set(VALIDATE document)
